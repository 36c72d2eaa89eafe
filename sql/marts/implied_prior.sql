-- grain: one row per stated change (document × change_id) of a latest document
-- depends_on: int_changes_resolved
-- description: The prior-year amount a document implies by stating a change (its stated prior, else current − delta),
-- description: beside the amount the prior year's own document states for the same key, basis and code, and the
-- description: difference (implied − stated). The prior document is the latest of the same unit and kind for the
-- description: compared year (int_prior_amounts, the one prior-year lookup, through int_changes_resolved). status: 'matches' | 'differs' | 'prior_document_absent' | 'prior_not_stated' |
-- description: 'insufficient_data' (no prior can be derived from the change).
with changes as (
    select * from int_changes_resolved
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
            when prior_status is distinct from 'stated' then 'prior_' || coalesce(prior_status, 'document_absent')
            when implied_prior = prior_doc_amount then 'matches'
            else 'differs'
        end as status,
        quote
    from changes
)

select * from final
