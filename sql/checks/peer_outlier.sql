-- severity: info
-- title: 与同类单位相比明显偏离
-- summary: 单位的比率（“三公”经费、基本支出、机关运行经费占支出比例）远离同一年度、同一州内同类单位（至少 5 个）的中位数。离群不等于错误，但值得一看。
-- description: (info: an outlier is not evidence of a mistake, but worth a look.) A unit whose ratio (三公 per total, basic per total, 机关运行经费 per total) is far from its peers' in the same year: robust z = 0.6745·(x − median)/MAD beyond ±3.5 (Iglewicz–Hoaglin), with at least 5 peers. A ratio is for scoring only; the amounts compared stay exact.
-- grain: one row per document × metric that is an outlier among its peers
-- depends_on: peers
with p as (
    select * from peers where status = 'ok' and abs(robust_z) > 3.5
),

names as (
    select 'three_public_share' as metric, '“三公”经费占支出比例' as name, 'three_public.total' as key
    union all select 'basic_share', '基本支出占支出比例', 'expenditure.basic'
    union all select 'operating_cost_share', '机关运行经费占支出比例', 'operating_cost'
),

evidence as (
    select f.doc_id, f.key, f.span_start, f.span_end, f.quote
    from stg_facts as f
    qualify row_number() over (partition by f.doc_id, f.key order by f.basis nulls first, f.measure nulls first, f.span_start, f.span_end) = 1
),

final as (
    select
        'peer_outlier' as rule_id,
        'info' as severity,
        'fail' as status,
        p.doc_id,
        n.key,
        null as code,
        null as expected,
        p.numerator_amount as actual,
        null as difference,
        p.unit_name || ' ' || p.fiscal_year || ' 年' || n.name || ' ' || fmt_amount(round(p.ratio_pct, 2)) || '%，同类 ' || p.n_peers
            || ' 个单位中位数 ' || round(p.median_double * 100, 2) || '%（稳健 z = ' || round(p.robust_z, 1) || '）' as message,
        e.span_start,
        e.span_end,
        e.quote
    from p
    join names as n using (metric)
    left join evidence as e on e.doc_id = p.doc_id and e.key = n.key
)

select * from final
