-- severity: error
-- title: 各功能分类（类）之和与支出合计不符
-- summary: 支出合计等于其各功能分类（类）之和（同一口径）。
-- description: 支出合计 equals the sum of its function classes (类 lines) of the same basis.
-- grain: one row per document × basis that states expenditure.total and at least one 类 line
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

totals as (
    select doc_id, statement, basis, amount, span_start, span_end, quote, written_decimals(amount_as_written, unit_as_written) as dec
    from f
    where key = 'expenditure.total'
),

first_paths as (
    -- The path written where each fact is first stated (a fact's own path_as_written is the first any mention has).
    select doc_id, span_start, span_end, any_value(path_as_written) as first_path
    from mentions
    where key = 'expenditure.function'
    group by doc_id, span_start, span_end
),

classes as (
    select f.doc_id, f.statement, f.basis, sum(f.amount) as parts, count(*) as n, max(written_decimals(f.amount_as_written, f.unit_as_written)) as dec
    from f
    left join first_paths as p on p.doc_id = f.doc_id and p.span_start = f.span_start and p.span_end = f.span_end
    where f.key = 'expenditure.function' and length(f.code) = 3
      -- NOTE: a 类 first stated as the 项 of another path ("一般公共服务（类）群众团体事务（款）社会保障和就业支出（项）") is
      -- no line of a 类 list: function_path reports the path, and the list it is not part of cannot be summed with it.
      -- Stated in a 类 list first (the seed's 五(二)), the same 类 written as a 项 later still counts.
      and (p.first_path is null
           or len(list_filter(string_split(p.first_path, '>'), x -> regexp_full_match(x, '[0-9]+') and not starts_with(f.code, x))) = 0)
    group by f.doc_id, f.statement, f.basis
),

final as (
    select
        'identity_expenditure_functions' as rule_id,
        identity_severity(identity_verdict(t.amount, c.parts, greatest(t.dec, c.dec), c.n)) as severity,
        identity_status(identity_verdict(t.amount, c.parts, greatest(t.dec, c.dec), c.n)) as status,
        t.doc_id,
        'expenditure.total' as key,
        null as code,
        t.amount as expected,
        c.parts as actual,
        c.parts - t.amount as difference,
        '支出合计（' || coalesce(t.basis, '—') || '）' || fmt_amount(t.amount) || ' 与各功能分类（类）之和 ' || fmt_amount(c.parts)
            || identity_word(identity_verdict(t.amount, c.parts, greatest(t.dec, c.dec), c.n), t.amount, c.parts) as message,
        t.span_start,
        t.span_end,
        t.quote
    from totals as t
    join classes as c on c.doc_id = t.doc_id and c.statement = t.statement and c.basis is not distinct from t.basis
)

select * from final
