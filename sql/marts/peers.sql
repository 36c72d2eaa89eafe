-- grain: one row per latest document × metric (three_public_share, basic_share, operating_cost_share), ranked within its peer group and year
-- depends_on: int_series_yearly, int_unit_peer_groups
-- description: How a unit compares with its peers (same prefecture, same unit-name suffix: see int_unit_peer_groups)
-- description: in one fiscal year and doc_kind. Metrics, each over expenditure.total of basis 'total':
-- description: three_public_share = three_public.total, basic_share = expenditure.basic (basis total),
-- description: operating_cost_share = operating_cost. three_public.total and operating_cost usually have no basis
-- description: (the key says it); the numerator's basis is chosen in the order none, fiscal, general_budget, total
-- description: and reported in numerator_basis. Measure: actual before none. Amounts stay exact DECIMAL;
-- description: ratio_pct is the exact share in percent (for display); ratio_double, median_double, mad_double and robust_z are DOUBLE, for outlier scoring only — never feed
-- description: them back into an amount. rank 1 = highest ratio. robust_z = 0.6745·(x − median)/MAD, NULL when MAD = 0
-- description: or the group has fewer than 5 units with the ratio. Synthetic peers are counted in n_synthetic_peers.
-- description: median_pct is the exact median of ratio_pct over the ratios median_double is taken over (the mean of
-- description: the two middle values when their number is even; × 0.5 keeps DECIMAL exact where / 2 would be DOUBLE).
with series as (
    select * from int_series_yearly
),

peer_groups as (
    select * from int_unit_peer_groups
),

candidates as (
    select
        doc_id,
        key,
        basis,
        measure,
        amount,
        series_status,
        row_number() over (
            partition by doc_id, key
            order by
                case
                    when key in ('expenditure.total', 'expenditure.basic') then 0
                    when basis is null then 0
                    when basis = 'fiscal' then 1
                    when basis = 'general_budget' then 2
                    else 3
                end,
                case when measure = 'actual' then 0 when measure is null then 1 else 2 end,
                measure,
                basis,
                amount
        ) as pick_rank
    from series
    where parent is null
      and item_label is null
      and code is null
      and (
          (key in ('expenditure.total', 'expenditure.basic') and basis = 'total')
          or (key in ('three_public.total', 'operating_cost') and (basis is null or basis in ('fiscal', 'general_budget', 'total')))
      )
),

picked as (
    select *
    from candidates
    where pick_rank = 1
),

metric_defs as (
    select *
    from (
        values
            ('three_public_share', 'three_public.total'),
            ('basic_share', 'expenditure.basic'),
            ('operating_cost_share', 'operating_cost')
    ) as m(metric, numerator_key)
),

metrics as (
    select
        g.doc_id,
        g.unit_name,
        g.fiscal_year,
        g.doc_kind,
        g.region,
        g.is_synthetic,
        g.peer_group,
        g.status as peer_group_status,
        m.metric,
        m.numerator_key,
        n.basis as numerator_basis,
        n.amount as numerator_amount,
        d.amount as expenditure_total,
        case
            when n.amount is not null and d.amount is not null and d.amount > 0
                then cast(n.amount as double) / cast(d.amount as double)
        end as ratio_double
    from peer_groups as g
    cross join metric_defs as m
    left join picked as n
      on n.doc_id = g.doc_id
     and n.key = m.numerator_key
    left join picked as d
      on d.doc_id = g.doc_id
     and d.key = 'expenditure.total'
),

group_medians as (
    select
        fiscal_year,
        doc_kind,
        peer_group,
        metric,
        count(*) as n_units,
        count(ratio_double) as n_peers,
        count(*) filter (where is_synthetic) as n_synthetic_peers,
        median(ratio_double) as median_double,
        -- The exact median of ratio_pct over the same ratios (the two middle values when their number is even).
        list_sort(
            list(exact_pct(numerator_amount, expenditure_total))
                filter (where ratio_double is not null and exact_pct(numerator_amount, expenditure_total) is not null)
        ) as exact_ratios
    from metrics
    where peer_group is not null
    group by all
),

group_mads as (
    select
        m.fiscal_year,
        m.doc_kind,
        m.peer_group,
        m.metric,
        median(abs(m.ratio_double - g.median_double)) as mad_double
    from metrics as m
    join group_medians as g
      on g.fiscal_year = m.fiscal_year
     and g.doc_kind is not distinct from m.doc_kind
     and g.peer_group = m.peer_group
     and g.metric = m.metric
    group by all
),

scored as (
    select
        m.*,
        g.n_units,
        g.n_peers,
        g.n_synthetic_peers,
        g.median_double,
        case
            when len(g.exact_ratios) > 0
                then (g.exact_ratios[(len(g.exact_ratios) + 1) // 2] + g.exact_ratios[(len(g.exact_ratios) + 2) // 2]) * 0.5
        end as median_pct,
        a.mad_double,
        case
            when m.ratio_double is not null and m.peer_group is not null then rank() over (
                partition by m.fiscal_year, m.doc_kind, m.peer_group, m.metric, m.ratio_double is null
                order by m.ratio_double desc
            )
        end as rank
    from metrics as m
    left join group_medians as g
      on g.fiscal_year = m.fiscal_year
     and g.doc_kind is not distinct from m.doc_kind
     and g.peer_group = m.peer_group
     and g.metric = m.metric
    left join group_mads as a
      on a.fiscal_year = m.fiscal_year
     and a.doc_kind is not distinct from m.doc_kind
     and a.peer_group = m.peer_group
     and a.metric = m.metric
),

final as (
    select
        fiscal_year,
        doc_kind,
        peer_group,
        unit_name,
        region,
        is_synthetic,
        doc_id,
        metric,
        numerator_key,
        numerator_basis,
        numerator_amount,
        expenditure_total,
        exact_pct(numerator_amount, expenditure_total) as ratio_pct,
        ratio_double,
        rank,
        n_units,
        n_peers,
        n_synthetic_peers,
        median_pct,
        median_double,
        mad_double,
        case
            when ratio_double is not null and n_peers >= 5 and mad_double > 0
                then 0.6745 * (ratio_double - median_double) / mad_double
        end as robust_z,
        case
            when peer_group is null then 'no_peer_group'
            when ratio_double is null then 'insufficient_data'
            when n_peers < 5 then 'too_few_peers'
            when mad_double = 0 then 'zero_mad'
            else 'ok'
        end as status
    from scored
)

select * from final
