-- grain: one row per stated change (document × change_id) of a latest document
-- depends_on: stg_changes, int_documents_latest, int_series_yearly
-- description: Stated changes with the amounts they imply. `current_amount` is the change's stated current amount,
-- description: else the document's own fact for the same key, basis and code. `implied_prior` is the stated prior,
-- description: else current_amount − delta (exact). `prior_year` is the compared year (the previous year when the
-- description: text does not say). status = 'insufficient_data' when no prior can be derived.
with changes as (
    select * from stg_changes
),

latest as (
    select * from int_documents_latest
),

series as (
    select * from int_series_yearly
),

-- A change names key, basis and code only: match the document's plain series (no parent, no item label).
-- Several measures can match in a final account; only a single unambiguous amount is used.
current_facts as (
    select
        doc_id,
        key,
        basis,
        code,
        case when count(distinct amount) = 1 and count(*) = count(amount) then min(amount) end as fact_amount
    from series
    where parent is null
      and item_label is null
    group by all
),

latest_changes as (
    select
        c.*,
        l.doc_kind,
        l.region
    from changes as c
    join latest as l using (doc_id)
),

resolved as (
    select
        c.*,
        coalesce(c.compare_year, c.fiscal_year - 1) as prior_year,
        f.fact_amount,
        coalesce(c.current, f.fact_amount) as current_amount,
        case
            when c.current is not null then 'stated'
            when f.fact_amount is not null then 'fact'
        end as current_source
    from latest_changes as c
    left join current_facts as f
      on f.doc_id = c.doc_id
     and f.key = c.key
     and f.basis is not distinct from c.basis
     and f.code is not distinct from c.code
),

final as (
    select
        doc_id,
        change_id,
        unit_name,
        fiscal_year,
        doc_kind,
        region,
        is_synthetic,
        key,
        basis,
        code,
        label,
        compare_year,
        prior_year,
        delta,
        pct as pct_stated,
        prior as prior_stated,
        prior_source,
        current as current_stated,
        current_amount,
        current_source,
        coalesce(prior, current_amount - delta) as implied_prior,
        case
            when prior is not null then coalesce(prior_source, 'stated')
            when current_amount is not null then 'current_minus_delta'
        end as implied_prior_source,
        case
            when prior is not null or current_amount is not null then 'ok'
            else 'insufficient_data'
        end as status,
        section,
        span_start,
        span_end,
        quote
    from resolved
)

select * from final
