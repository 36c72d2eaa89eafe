-- severity: warning
-- title: 类级支出与所属科目之和不符
-- summary: 一个功能分类（类）等于其所列下级（项，或未列项时的款）之和；叙述可能只写了部分下级，故为警告。
-- description: A function class (类) equals the sum of its stated lines (项, or 款 where no 项 is stated), same basis. A warning, not an error. A narrative may describe only some lines of a class: where it leaves out lines the document's tables state, lines summing to less than the class are not judged (insufficient_data); more than the class still fails.
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

omitted as (
    -- Classes whose narrative leaves out lines that the document's tables state.
    select distinct t.doc_id, left(t.code, 3) as class_code
    from f as t
    where t.statement <> 'text' and length(t.code) in (5, 7)
      and not exists (select 1 from f as x where x.doc_id = t.doc_id and x.statement = 'text' and x.code = t.code)
),

final as (
    select
        'identity_function_children' as rule_id,
        case when p.statement = 'text' and s.parts < p.amount and identity_verdict(p.amount, s.parts, s.dec, s.n) = 'fail' and o.doc_id is not null then 'info' else 'warning' end as severity,
        -- NOTE: a narrative describes the lines it has something to say about ("社会保障和就业（类）2228.57" with only
        -- its 职业年金 项 explained while the tables list four): fewer parts than the whole there is not a defect.
        case when p.statement = 'text' and s.parts < p.amount and identity_verdict(p.amount, s.parts, s.dec, s.n) = 'fail' and o.doc_id is not null then 'insufficient_data'
             else identity_status(identity_verdict(p.amount, s.parts, s.dec, s.n)) end as status,
        p.doc_id,
        'expenditure.function' as key,
        p.code,
        p.amount as expected,
        s.parts as actual,
        s.parts - p.amount as difference,
        coalesce(p.label, p.key) || '（' || p.code || '）' || fmt_amount(p.amount) || ' 与其下各科目之和 ' || fmt_amount(s.parts)
            || (case when p.statement = 'text' and s.parts < p.amount and identity_verdict(p.amount, s.parts, s.dec, s.n) = 'fail' and o.doc_id is not null then '，正文只说明了其下部分科目，未核对'
                     else identity_word(identity_verdict(p.amount, s.parts, s.dec, s.n), p.amount, s.parts) end) as message,
        p.span_start,
        p.span_end,
        p.quote
    from parents as p
    join summed as s on s.doc_id = p.doc_id and s.statement = p.statement and s.basis is not distinct from p.basis and s.code = p.code
    left join omitted as o on o.doc_id = p.doc_id and o.class_code = p.code
)

select * from final
