-- grain: one row per unit × doc_kind × doc_scope × fiscal_year × headline series (key × basis × measure × code) of a latest document
-- depends_on: int_series_yearly, int_documents_latest, int_changes_resolved
-- description: This year's amount beside the amount in the previous year's own document (computed_delta, exact) and
-- description: the change the document states (stated_delta, stated_prior), with stated_minus_computed where both
-- description: exist. Headline series: income.total, expenditure.total/basic/project, 类-level expenditure.function,
-- description: three_public.*, operating_cost, procurement.total, basic.personnel/public, plus any series the
-- description: document states a change for. Only changes against the previous year are used. When the previous
-- description: year's document is absent, prior_amount and computed_delta are NULL and status = 'insufficient_data'
-- description: (status_reason says why): a missing year is not a zero. county_share_pct: a county row's amount as an
-- description: exact percent (exact_pct) of the sum over the county rows (no measure, an amount) of the same series
-- description: (key, basis, code) and fiscal year; NULL for other rows.
with series as (
    select * from int_series_yearly
),

latest as (
    select * from int_documents_latest
),

changes as (
    select * from int_changes_resolved
),

plain_series as (
    select
        *,
        concat_ws('|', key, coalesce(basis, ''), coalesce(code, '')) as match_id
    from series
    where parent is null
      and item_label is null
),

stated as (
    select
        doc_id,
        concat_ws('|', key, coalesce(basis, ''), coalesce(code, '')) as match_id,
        min(key) as key,
        min(basis) as basis,
        min(code) as code,
        min(label) as label,
        count(*) as n_stated_changes,
        case when count(distinct delta) = 1 then min(delta) end as stated_delta,
        case when count(distinct implied_prior) = 1 and count(*) = count(implied_prior) then min(implied_prior) end as stated_prior,
        case when count(distinct implied_prior_source) = 1 then min(implied_prior_source) end as stated_prior_source,
        case when count(distinct pct_stated) = 1 and count(*) = count(pct_stated) then min(pct_stated) end as stated_pct
    from changes
    where prior_year = fiscal_year - 1
    group by all
),

headline as (
    select *
    from plain_series as p
    where p.key in (
            'income.total', 'expenditure.total', 'expenditure.basic', 'expenditure.project',
            'operating_cost', 'procurement.total', 'basic.personnel', 'basic.public'
        )
       or p.key like 'three_public.%'
       or (p.key = 'expenditure.function' and length(p.code) = 3)
       or exists (select 1 from stated as s where s.doc_id = p.doc_id and s.match_id = p.match_id)
),

spine as (
    select
        coalesce(h.doc_id, s.doc_id) as doc_id,
        coalesce(h.match_id, s.match_id) as match_id,
        coalesce(h.key, s.key) as key,
        coalesce(h.basis, s.basis) as basis,
        h.measure,
        coalesce(h.code, s.code) as code,
        coalesce(h.label, s.label) as label,
        h.series_status,
        h.doc_id is not null as current_stated,
        h.amount,
        s.n_stated_changes,
        s.stated_delta,
        s.stated_prior,
        s.stated_prior_source,
        s.stated_pct
    from headline as h
    full outer join stated as s
      on s.doc_id = h.doc_id
     and s.match_id = h.match_id
),

with_prior as (
    select
        sp.*,
        l.unit_name,
        l.doc_kind,
        l.doc_scope,
        l.fiscal_year,
        l.region,
        l.region_level,
        l.is_synthetic,
        pd.doc_id as prior_doc_id,
        ps.doc_id is not null as prior_stated,
        ps.amount as prior_amount,
        ps.series_status as prior_series_status
    from spine as sp
    join latest as l
      on l.doc_id = sp.doc_id
    left join latest as pd
      on pd.unit_key = l.unit_key
     and pd.doc_kind is not distinct from l.doc_kind
     and pd.doc_scope is not distinct from l.doc_scope
     and pd.fiscal_year = l.fiscal_year - 1
    left join plain_series as ps
      on ps.doc_id = pd.doc_id
     and ps.match_id = sp.match_id
     and ps.measure is not distinct from sp.measure
),

compared as (
    select
        unit_name,
        doc_kind,
        doc_scope,
        fiscal_year,
        fiscal_year - 1 as prior_year,
        region,
        is_synthetic,
        doc_id,
        prior_doc_id,
        key,
        basis,
        measure,
        code,
        label,
        amount,
        prior_amount,
        amount - prior_amount as computed_delta,
        exact_pct(amount - prior_amount, prior_amount) as computed_pct,
        stated_delta,
        stated_prior,
        stated_prior_source,
        stated_pct,
        coalesce(n_stated_changes, 0) as n_stated_changes,
        stated_delta - (amount - prior_amount) as stated_minus_computed,
        case
            when amount is not null and prior_amount is not null then 'ok'
            else 'insufficient_data'
        end as status,
        case
            when not current_stated then 'current_not_stated'
            when amount is null then 'conflicting_amounts'
            when prior_doc_id is null then 'no_prior_document'
            when not prior_stated then 'prior_not_stated'
            when prior_amount is null then 'prior_conflicting_amounts'
        end as status_reason,
        region_level = 'county' and measure is null and amount is not null as is_county_row
    from with_prior
),

final as (
    select
        * exclude (is_county_row),
        case
            when is_county_row then exact_pct(
                amount,
                sum(amount) filter (where is_county_row) over (partition by key, basis, code, fiscal_year)
            )
        end as county_share_pct
    from compared
)

select * from final
