-- grain: one row per stated change (document × change_id) of a latest document
-- depends_on: int_changes_resolved, int_documents_latest, int_series_yearly
-- description: The prior-year amount a document implies by stating a change (its stated prior, else current − delta),
-- description: beside the amount the prior year's own document states for the same key, basis and code, and the
-- description: difference (implied − stated). The prior document is the latest of the same unit and kind for the
-- description: compared year. status: 'matches' | 'differs' | 'prior_document_absent' | 'prior_not_stated' |
-- description: 'insufficient_data' (no prior can be derived from the change).
with changes as (
    select * from int_changes_resolved
),

latest as (
    select * from int_documents_latest
),

series as (
    select * from int_series_yearly
),

prior_amounts as (
    select
        doc_id,
        key,
        basis,
        code,
        count(*) as n_series,
        case when count(distinct amount) = 1 and count(*) = count(amount) then min(amount) end as amount
    from series
    where parent is null
      and item_label is null
    group by all
),

joined as (
    select
        c.*,
        pd.doc_id as prior_doc_id,
        pd.is_synthetic as prior_is_synthetic,
        pa.n_series as prior_n_series,
        pa.amount as prior_doc_amount
    from changes as c
    left join latest as pd
      on pd.unit_name = c.unit_name
     and pd.doc_kind is not distinct from c.doc_kind
     and pd.fiscal_year = c.prior_year
    left join prior_amounts as pa
      on pa.doc_id = pd.doc_id
     and pa.key = c.key
     and pa.basis is not distinct from c.basis
     and pa.code is not distinct from c.code
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
        prior_year,
        delta,
        current_amount,
        implied_prior,
        implied_prior_source,
        prior_doc_id,
        prior_is_synthetic,
        prior_doc_amount,
        implied_prior - prior_doc_amount as difference,
        case
            when implied_prior is null then 'insufficient_data'
            when prior_doc_id is null then 'prior_document_absent'
            when prior_n_series is null then 'prior_not_stated'
            when prior_doc_amount is null then 'prior_conflicting_amounts'
            when implied_prior = prior_doc_amount then 'matches'
            else 'differs'
        end as status,
        quote
    from joined
)

select * from final
