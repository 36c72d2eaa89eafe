-- severity: error
-- description: One fact stated twice in a document with different amounts. Both statements are kept; neither is chosen silently.
-- grain: one row per disagreeing mention
-- depends_on: stg_documents
with c as (
    select * from conflicts
),

final as (
    select
        'conflicting_mentions' as rule_id,
        'error' as severity,
        'fail' as status,
        doc_id,
        key,
        code,
        amount as expected,
        other_amount as actual,
        other_amount - amount as difference,
        coalesce(label, key) || (case when basis is null then '' else '（' || basis || '）' end) || ' 前后不一：先称 '
            || fmt_amount(amount) || '，后称 ' || fmt_amount(other_amount) || '；另见：' || other_quote as message,
        other_span_start as span_start,
        other_span_end as span_end,
        other_quote as quote
    from c
)

select * from final
