-- severity: warning
-- title: 类级支出与所属科目之和不符
-- summary: 一个功能分类（类）等于其所列下级（项，或未列项时的款）之和；叙述可能只写了部分下级，故为警告。
-- description: A function class (类) equals the sum of its stated lines (项, or 款 where no 项 is stated), same basis. A warning, not an error: a narrative may describe only some lines of a class.
-- grain: one row per document × basis × 类 that has stated children
-- depends_on: stg_facts
with f as (
    select * from stg_facts where key = 'expenditure.function' and (measure is null or measure = 'actual')
),

parents as (
    select * from f where length(code) = 3
),

children as (
    -- 项 (7 digits) where any are stated for the class, else 款 (5 digits): never both, so nothing counts twice.
    select p.doc_id, p.statement, p.basis, p.code, c.amount, length(c.code) as len,
           greatest(written_decimals(p.amount_as_written, p.unit_as_written), written_decimals(c.amount_as_written, c.unit_as_written)) as dec,
           max(length(c.code)) over (partition by p.doc_id, p.statement, p.basis, p.code) as deepest
    from parents as p
    join f as c on c.doc_id = p.doc_id and c.statement = p.statement and c.basis is not distinct from p.basis
        and length(c.code) in (5, 7) and starts_with(c.code, p.code)
),

summed as (
    select doc_id, statement, basis, code, sum(amount) as parts, count(*) as n, max(dec) as dec
    from children where len = deepest
    group by doc_id, statement, basis, code
),

final as (
    select
        'identity_function_children' as rule_id,
        'warning' as severity,
        identity_status(identity_verdict(p.amount, s.parts, s.dec, s.n)) as status,
        p.doc_id,
        'expenditure.function' as key,
        p.code,
        p.amount as expected,
        s.parts as actual,
        s.parts - p.amount as difference,
        coalesce(p.label, p.key) || '（' || p.code || '）' || fmt_amount(p.amount) || ' 与其下各科目之和 ' || fmt_amount(s.parts)
            || identity_word(identity_verdict(p.amount, s.parts, s.dec, s.n), p.amount, s.parts) as message,
        p.span_start,
        p.span_end,
        p.quote
    from parents as p
    join summed as s on s.doc_id = p.doc_id and s.statement = p.statement and s.basis is not distinct from p.basis and s.code = p.code
)

select * from final
