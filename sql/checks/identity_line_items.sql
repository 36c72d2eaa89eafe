-- severity: error
-- description: A function line equals the sum of what it is used for (主要用于 items, or its named projects).
-- grain: one row per document × function line that lists items
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

lines as (
    select * from f where key = 'expenditure.function'
),

items as (
    select doc_id, statement, basis, parent, key, sum(amount) as parts, count(*) as n
    from f
    where key in ('function_detail', 'project.item')
    group by doc_id, statement, basis, parent, key
),

final as (
    select
        'identity_line_items' as rule_id,
        'error' as severity,
        case when abs(l.amount - i.parts) <= 0.005 * (i.n + 1) then 'pass' else 'fail' end as status,
        l.doc_id,
        i.key,
        l.code,
        l.amount as expected,
        i.parts as actual,
        i.parts - l.amount as difference,
        coalesce(l.label, l.key) || '（' || l.code || '）' || fmt_amount(l.amount) || ' 与所列 ' || i.n || ' 项之和 ' || fmt_amount(i.parts)
            || (case when abs(l.amount - i.parts) <= 0.005 * (i.n + 1) then ' 相符' else ' 不符' end) as message,
        l.span_start,
        l.span_end,
        l.quote
    from lines as l
    join items as i on i.doc_id = l.doc_id and i.statement = l.statement and i.basis is not distinct from l.basis and i.parent = l.code
)

select * from final
