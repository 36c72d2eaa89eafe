-- grain: one row per stated change (document × change_id) of a latest document
-- depends_on: stg_changes, int_documents_latest, int_series_amounts, int_prior_amounts
-- description: Stated changes with the amounts they imply and the prior year's own amount, for the marts that
-- description: explain a change (implied_prior, change_waterfall). `current_amount` is the change's stated current amount, else the document's own amount for the
-- description: same key, basis and code (int_series_amounts). `implied_prior` is the stated prior, else
-- description: current_amount − delta (exact). `prior_year` is the compared year (the previous year when the text
-- description: does not say). The prior document (`prior_doc_id`, NULL when absent) and the amount it states for
-- description: the same key, basis and code (`prior_doc_amount`, NULL when it states none or conflicting amounts;
-- description: `prior_status` says which) are int_prior_amounts', the one prior-year lookup. status =
-- description: 'insufficient_data' when no prior can be derived.
with changes as (
    select * from stg_changes
),

latest as (
    select * from int_documents_latest
),

-- A change names key, basis and code only: the document's plain series (no parent, no item label), with a single
-- unambiguous amount.
amounts as (
    select * from int_series_amounts
),

prior_amounts as (
    select * from int_prior_amounts
),

latest_changes as (
    select
        c.*,
        l.unit_key,
        l.doc_kind,
        l.doc_scope,
        l.region
    from changes as c
    join latest as l using (doc_id)
),

resolved as (
    select
        c.*,
        coalesce(c.compare_year, c.fiscal_year - 1) as prior_year,
        f.amount as fact_amount,
        coalesce(c.current, f.amount) as current_amount,
        case
            when c.current is not null then 'stated'
            when f.amount is not null then 'fact'
        end as current_source
    from latest_changes as c
    left join amounts as f
      on f.doc_id = c.doc_id
     and f.key = c.key
     and f.basis is not distinct from c.basis
     and f.code is not distinct from c.code
     and f.parent is null
     and f.item_label is null
),

with_prior as (
    select
        r.*,
        p.prior_doc_id,
        p.prior_is_synthetic,
        p.prior_n_series,
        p.prior_doc_amount,
        p.prior_status
    from resolved as r
    left join prior_amounts as p
      on p.lookup_key = prior_lookup_key(r.unit_key, r.doc_kind, r.doc_scope, r.prior_year, r.key, r.basis, r.code, null, null)
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
        prior_measure,
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
        prior_doc_id,
        prior_is_synthetic,
        prior_n_series,
        prior_doc_amount,
        prior_status,
        section,
        span_start,
        span_end,
        quote
    from with_prior
)

select * from final
