-- severity: error
-- title: “三公”经费与分项之和不符
-- summary: “三公”经费等于因公出国（境）费、公务接待费、公务用车购置及运行维护费之和；三者都写出时，公务用车购置及运行维护费等于购置费与运行维护费之和。
-- description: “三公”经费 equals 因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费; 公务用车 equals 购置 + 运行维护 where all three are stated.
-- grain: one row per document (total) and per document (vehicle), where the parts are stated
-- depends_on: stg_facts
with f as (
    select * from stg_facts where key like 'three_public.%' and (measure is null or measure = 'actual')
),

p as (
    select
        doc_id,
        statement,
        max(case when key = 'three_public.total' then amount end) as total,
        max(case when key = 'three_public.overseas' then amount end) as overseas,
        max(case when key = 'three_public.reception' then amount end) as reception,
        max(case when key = 'three_public.vehicle' then amount end) as vehicle,
        max(case when key = 'three_public.vehicle_purchase' then amount end) as purchase,
        max(case when key = 'three_public.vehicle_operation' then amount end) as operation,
        max(written_decimals(amount_as_written, unit_as_written)) as dec,
        max(case when key = 'three_public.total' then span_start end) as total_start,
        max(case when key = 'three_public.total' then span_end end) as total_end,
        max(case when key = 'three_public.total' then quote end) as total_quote,
        max(case when key = 'three_public.vehicle' then span_start end) as vehicle_start,
        max(case when key = 'three_public.vehicle' then span_end end) as vehicle_end,
        max(case when key = 'three_public.vehicle' then quote end) as vehicle_quote
    from f
    group by doc_id, statement
),

checks as (
    select doc_id, 'three_public.total' as key, total as expected,
           overseas + reception + coalesce(vehicle, purchase + operation) as actual,
           '“三公”经费' as name, dec, 3 as n, total_start as span_start, total_end as span_end, total_quote as quote
    from p
    where total is not null and overseas is not null and reception is not null
      and (vehicle is not null or (purchase is not null and operation is not null))
    union all
    select doc_id, 'three_public.vehicle', vehicle, purchase + operation, '公务用车购置及运行维护费', dec, 2, vehicle_start, vehicle_end, vehicle_quote
    from p
    where vehicle is not null and purchase is not null and operation is not null
),

final as (
    select
        'identity_three_public' as rule_id,
        identity_severity(identity_verdict(expected, actual, dec, n)) as severity,
        identity_status(identity_verdict(expected, actual, dec, n)) as status,
        doc_id,
        key,
        null as code,
        expected,
        actual,
        actual - expected as difference,
        name || ' ' || fmt_amount(expected) || ' 与其组成之和 ' || fmt_amount(actual)
            || identity_word(identity_verdict(expected, actual, dec, n), expected, actual) as message,
        span_start,
        span_end,
        quote
    from checks
)

select * from final
