-- title: 分项变动额之和与总变动额不符
-- summary: 当各分项本年数之和等于总数时，各分项比上年的增减额之和也应等于总数的增减额；不等说明某个上年数或增减额写错了。
-- severity: error
-- description: The stated changes of a total's parts add up to the total's stated change: 基本支出 + 项目支出 (same basis), 因公出国（境）+ 公务接待 + 公务用车 (三公), 公务用车购置 + 运行维护. Judged only where every part states a change against the same year and measure, and the parts' current amounts themselves add up to the total's (identity_verdict 'pass'): then the parts are the total's whole partition, and deltas that do not add up mean a prior or a change is misstated. Tolerance: identity_verdict at the precision the changes are written with. A part stated with two different changes is left to prior_stated_twice.
-- grain: one row per document × total × basis × compare year with the changes of all its parts
-- depends_on: stg_changes
with groups as (
    select 'expenditure.total' as total_key, 'expenditure.basic' as part_key, 2 as n_parts
    union all select 'expenditure.total', 'expenditure.project', 2
    union all select 'three_public.total', 'three_public.overseas', 3
    union all select 'three_public.total', 'three_public.reception', 3
    union all select 'three_public.total', 'three_public.vehicle', 3
    union all select 'three_public.vehicle', 'three_public.vehicle_purchase', 2
    union all select 'three_public.vehicle', 'three_public.vehicle_operation', 2
),

c as (
    -- One change per line; a line stated with two different changes is not summed.
    select doc_id, key, basis, compare_year, coalesce(prior_measure, '') as pm,
           min(delta) as delta, min(current) as current, min(span_start) as span_start, max(span_end) as span_end, min(quote) as quote,
           max(greatest(scale_of(fmt_amount(delta)), scale_of(fmt_amount(current)))) as dec
    from stg_changes
    where code is null
    group by all
    having count(distinct delta) = 1
),

parts as (
    select t.doc_id, t.key as total_key, t.basis, t.compare_year, t.pm, g.n_parts,
           count(p.key) as n_stated, sum(p.delta) as parts_delta, sum(p.current) as parts_current, count(p.current) as n_current,
           max(p.dec) as dec, string_agg(fmt_amount(p.delta), '、' order by p.key) as written
    from c as t
    join groups as g on g.total_key = t.key
    join c as p on p.doc_id = t.doc_id and p.key = g.part_key and p.compare_year is not distinct from t.compare_year and p.pm = t.pm
        and (p.basis is not distinct from t.basis or t.key like 'three_public.%')
    group by all
),

judged as (
    select t.*, p.parts_delta, p.parts_current, p.written, greatest(t.dec, p.dec) as d,
        p.n_stated = p.n_parts and p.n_current = p.n_parts as complete,
        identity_verdict(t.current, p.parts_current, greatest(t.dec, p.dec), p.n_parts) as current_verdict,
        identity_verdict(t.delta, p.parts_delta, greatest(t.dec, p.dec), p.n_parts) as verdict
    from c as t
    join parts as p on p.doc_id = t.doc_id and p.total_key = t.key and p.basis is not distinct from t.basis
        and p.compare_year is not distinct from t.compare_year and p.pm = t.pm
),

final as (
    select
        'change_components_sum' as rule_id,
        case when not complete or current_verdict <> 'pass' then 'info' else identity_severity(verdict) end as severity,
        case when not complete or current_verdict <> 'pass' then 'insufficient_data' else identity_status(verdict) end as status,
        doc_id,
        key,
        null as code,
        delta as expected,
        parts_delta as actual,
        parts_delta - delta as difference,
        case when not complete then '并非每个分项都列明了变动额，未核对'
             when current_verdict <> 'pass' then '各分项本年数之和 ' || fmt_amount(parts_current) || ' 与总数 ' || fmt_amount(current) || ' 不等，分项不完整，未核对变动额'
             else '各分项变动额（' || written || '）之和 ' || fmt_amount(parts_delta) || ' 与总变动额 ' || fmt_amount(delta) || identity_word(verdict, delta, parts_delta)
        end as message,
        span_start,
        span_end,
        quote
    from judged
)

select * from final
