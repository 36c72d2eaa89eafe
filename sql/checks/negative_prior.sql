-- severity: error
-- title: 推算的上年数为负
-- summary: 所述变动会使上年数为负（如“支出预算0万元，比上年增加1421.25万元”）：这项变动不可能正确。
-- description: A stated change that would make the prior-year amount negative (e.g. "支出预算0万元，比上年增加1421.25万元"): the change cannot be right for this line.
-- grain: one row per stated change whose implied prior is below zero
-- depends_on: stg_changes
with final as (
    select
        'negative_prior' as rule_id,
        'error' as severity,
        'fail' as status,
        doc_id,
        key,
        code,
        0 as expected,
        prior as actual,
        prior as difference,
        coalesce(label, key) || ' 本年 ' || fmt_amount(current) || '，较上年变动 ' || fmt_amount(delta) || '，推得上年数为 ' || fmt_amount(prior) || '，不可能为负' as message,
        span_start,
        span_end,
        quote
    from stg_changes
    where prior < 0 and key not like '%balance%'
)

select * from final
