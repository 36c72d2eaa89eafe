-- severity: warning
-- title: 变动未说明原因
-- description: A non-zero change stated without any reason (主要原因).
-- grain: one row per stated non-zero change with no reason
-- depends_on: stg_changes, stg_reasons
with final as (
    select
        'change_without_reason' as rule_id,
        'warning' as severity,
        'fail' as status,
        c.doc_id,
        c.key,
        c.code,
        null as expected,
        c.delta as actual,
        null as difference,
        coalesce(c.label, c.key) || ' 较 ' || coalesce(c.compare_year::VARCHAR, '上年') || ' 年变动 ' || fmt_amount(c.delta) || '，未说明原因' as message,
        c.span_start,
        c.span_end,
        c.quote
    from stg_changes as c
    where c.delta <> 0
      and not exists (select 1 from stg_reasons as r where r.doc_id = c.doc_id and r.change_id = c.change_id)
)

select * from final
