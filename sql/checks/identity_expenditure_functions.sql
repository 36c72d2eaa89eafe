-- severity: error
-- description: 支出合计 equals the sum of its function classes (类 lines) of the same basis.
-- grain: one row per document × basis that states expenditure.total and at least one 类 line
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

totals as (
    select doc_id, statement, basis, amount, span_start, span_end, quote
    from f
    where key = 'expenditure.total'
),

classes as (
    select doc_id, statement, basis, sum(amount) as parts, count(*) as n
    from f
    where key = 'expenditure.function' and length(code) = 3
    group by doc_id, statement, basis
),

final as (
    select
        'identity_expenditure_functions' as rule_id,
        'error' as severity,
        case when abs(t.amount - c.parts) <= 0.005 * (c.n + 1) then 'pass' else 'fail' end as status,
        t.doc_id,
        'expenditure.total' as key,
        null as code,
        t.amount as expected,
        c.parts as actual,
        c.parts - t.amount as difference,
        '支出合计（' || coalesce(t.basis, '—') || '）' || fmt_amount(t.amount) || ' 与各功能分类（类）之和 ' || fmt_amount(c.parts)
            || (case when abs(t.amount - c.parts) <= 0.005 * (c.n + 1) then ' 相符' else ' 不符' end) as message,
        t.span_start,
        t.span_end,
        t.quote
    from totals as t
    join classes as c on c.doc_id = t.doc_id and c.statement = t.statement and c.basis is not distinct from t.basis
)

select * from final
