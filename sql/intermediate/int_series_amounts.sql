-- grain: one row per latest document × plain series (key × basis × code: no parent, no item label)
-- depends_on: int_series_yearly
-- description: The one amount a document states for a series a change can name (key, basis and code only), and
-- description: the lookup every model uses for "the amount of this series in that year": a change's current
-- description: amount (int_changes_resolved, on its own document) and the prior-year amount (on the document of
-- description: the same unit and kind for fiscal_year = prior_year: int_prior_amounts). `amount` is NULL unless every
-- description: measure stated for the series has one and the same amount (a final account can state several):
-- description: a single unambiguous amount or none, never a guess. n_series counts the series collapsed.
with series as (
    select * from int_series_yearly
),

final as (
    select
        doc_id,
        unit_name,
        doc_kind,
        fiscal_year,
        is_synthetic,
        key,
        basis,
        code,
        count(*) as n_series,
        case when count(distinct amount) = 1 and count(*) = count(amount) then min(amount) end as amount
    from series
    where parent is null
      and item_label is null
    group by all
)

select * from final
