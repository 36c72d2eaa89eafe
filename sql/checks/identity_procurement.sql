-- title: 政府采购总额与货物、工程、服务之和不符
-- summary: 政府采购金额应等于货物类、工程类、服务类采购金额之和。
-- severity: error
-- description: 政府采购 (预算 or 决算 金额) equals 货物 + 工程 + 服务 where all three are stated in the same statement (the narrative, or one table), same measure. Tolerance: identity_verdict (the precision written; 251.25 against 4.79 + 0 + 246.47 = 251.26 is a 0.01 'rounding' gap: a warning).
-- grain: one row per document × statement stating the procurement total and its three parts
-- depends_on: stg_facts
with f as (
    select * from stg_facts where key like 'procurement.%' and (measure is null or measure = 'actual')
),

parts as (
    select doc_id, statement, sum(amount) as parts, count(distinct key) as n,
           max(written_decimals(amount_as_written, unit_as_written)) as dec,
           string_agg(fmt_amount(amount), ' + ' order by case key when 'procurement.goods' then 1 when 'procurement.works' then 2 else 3 end) as written
    from f
    where key in ('procurement.goods', 'procurement.works', 'procurement.services')
    group by all
),

totals as (
    select doc_id, statement, min(amount) as amount, min(span_start) as span_start, min(span_end) as span_end, min(quote) as quote,
           max(written_decimals(amount_as_written, unit_as_written)) as dec
    from f
    where key = 'procurement.total'
    group by all
),

final as (
    select
        'identity_procurement' as rule_id,
        identity_severity(identity_verdict(t.amount, p.parts, greatest(t.dec, p.dec), 3)) as severity,
        identity_status(identity_verdict(t.amount, p.parts, greatest(t.dec, p.dec), 3)) as status,
        t.doc_id,
        'procurement.total' as key,
        null as code,
        t.amount as expected,
        p.parts as actual,
        p.parts - t.amount as difference,
        '政府采购 ' || fmt_amount(t.amount) || ' 与货物、工程、服务之和 ' || p.written || ' = ' || fmt_amount(p.parts)
            || identity_word(identity_verdict(t.amount, p.parts, greatest(t.dec, p.dec), 3), t.amount, p.parts) as message,
        t.span_start,
        t.span_end,
        t.quote
    from totals as t
    join parts as p using (doc_id, statement)
    where p.n = 3
)

select * from final
