-- grain: one row per document (a disclosure file as extracted)
-- depends_on: documents
-- description: Document identity with readable names; the text stays in `documents`.
with source as (
    select * from documents
),

final as (
    select
        doc_id,
        source as source_path,
        unit as unit_name,
        year as fiscal_year,
        kind as doc_kind,
        published,
        region,
        region_level,
        encoding,
        is_synthetic
    from source
)

select * from final
