-- grain: one row per latest document
-- depends_on: int_completeness_items
-- description: How many of the required parts of a disclosure (ref_disclosure_checklist) the document's headings
-- description: contain. score = n_found ÷ n_required as an exact DECIMAL rounded half away from zero to 4 places.
-- description: A document without any numbered heading cannot be judged: score NULL, status 'insufficient_data'.
with items as (
    select * from int_completeness_items
),

per_doc as (
    select
        doc_id,
        unit_name,
        fiscal_year,
        doc_kind,
        region,
        is_synthetic,
        n_doc_sections,
        count(*) filter (where required) as n_required,
        count(*) filter (where required and found) as n_found,
        list(item_id order by item_id) filter (where required and found) as found_items,
        list(item_id order by item_id) filter (where required and not found) as missing_items
    from items
    group by all
),

final as (
    select
        doc_id,
        unit_name,
        fiscal_year,
        doc_kind,
        region,
        is_synthetic,
        n_doc_sections,
        n_required,
        n_found,
        coalesce(found_items, []::varchar[]) as found_items,
        coalesce(missing_items, []::varchar[]) as missing_items,
        case
            when n_doc_sections = 0 or n_required = 0 then null
            else cast(cast((n_found * 20000 + n_required) // (2 * n_required) as decimal(18, 0))
                * cast(0.0001 as decimal(5, 4)) as decimal(9, 4))
        end as score,
        case
            when n_doc_sections = 0 then 'insufficient_data'
            when n_required = 0 then 'nothing_required'
            else 'ok'
        end as status
    from per_doc
)

select * from final
