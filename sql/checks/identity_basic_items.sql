-- severity: error
-- description: 人员经费 and 公用经费 each equal the sum of their listed items; 基本支出 equals 人员经费 + 公用经费 (same basis).
-- grain: one row per document × basis × (personnel | public | basic)
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

groups as (
    select doc_id, origin, basis, key, amount, span_start, span_end, quote,
           case key when 'basic.personnel' then 'personnel' else 'public' end as grp
    from f where key in ('basic.personnel', 'basic.public')
),

items as (
    select doc_id, origin, basis, parent as grp, sum(amount) as parts, count(*) as n
    from f where key = 'basic.item'
    group by doc_id, origin, basis, parent
),

group_checks as (
    select g.doc_id, g.key, g.amount as expected, i.parts as actual, i.n, g.span_start, g.span_end, g.quote,
           (case g.grp when 'personnel' then '人员经费' else '公用经费' end) as name
    from groups as g
    join items as i on i.doc_id = g.doc_id and i.origin = g.origin and i.basis is not distinct from g.basis and i.grp = g.grp
),

basic_checks as (
    select b.doc_id, b.key, b.amount as expected, p.amount + u.amount as actual, 2 as n, b.span_start, b.span_end, b.quote,
           '基本支出' as name
    from f as b
    join groups as p on p.doc_id = b.doc_id and p.origin = b.origin and p.basis is not distinct from b.basis and p.grp = 'personnel'
    join groups as u on u.doc_id = b.doc_id and u.origin = b.origin and u.basis is not distinct from b.basis and u.grp = 'public'
    where b.key = 'expenditure.basic'
),

unioned as (
    select * from group_checks
    union all
    select * from basic_checks
),

final as (
    select
        'identity_basic_items' as rule_id,
        'error' as severity,
        case when abs(expected - actual) <= 0.005 * (n + 1) then 'pass' else 'fail' end as status,
        doc_id,
        key,
        null as code,
        expected,
        actual,
        actual - expected as difference,
        name || ' ' || fmt_amount(expected) || ' 与其组成之和 ' || fmt_amount(actual)
            || (case when abs(expected - actual) <= 0.005 * (n + 1) then ' 相符' else ' 不符' end) as message,
        span_start,
        span_end,
        quote
    from unioned
)

select * from final
