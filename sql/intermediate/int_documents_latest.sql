-- grain: one row per (unit_name, fiscal_year, doc_kind): the latest document of that unit, year and kind
-- depends_on: stg_documents, stg_document_versions
-- description: Picks one document where revisions exist. Order: a superseded version (is_latest false in the refresh
-- description: manifest) never wins; then real before synthetic (a generated document never
-- description: supersedes a disclosure), then `published` newest first (a stated date beats none), then doc_id
-- description: descending, so the choice is deterministic. Documents without a unit or a year have no identity to
-- description: compare across years and are left out here (they stay in stg_documents).
with docs as (
    select * from stg_documents
),

versions as (
    select * from stg_document_versions
),

identified as (
    select
        docs.*,
        -- A document loaded without the manifest (tests, `gongkai extract`) counts as current.
        coalesce(versions.is_latest, true) as is_current
    from docs
    left join versions using (doc_id)
    where unit_name is not null
      and fiscal_year is not null
),

ranked as (
    select
        *,
        row_number() over (
            partition by unit_name, fiscal_year, doc_kind
            order by is_current desc, is_synthetic asc, published desc nulls last, doc_id desc
        ) as version_rank,
        count(*) over (partition by unit_name, fiscal_year, doc_kind) as n_versions,
        list(doc_id) over (
            partition by unit_name, fiscal_year, doc_kind
            order by is_current desc, is_synthetic asc, published desc nulls last, doc_id desc
            rows between unbounded preceding and unbounded following
        ) as version_doc_ids
    from identified
),

final as (
    select
        doc_id,
        unit_name,
        fiscal_year,
        doc_kind,
        published,
        region,
        region_level,
        source_path,
        is_synthetic,
        n_versions,
        list_slice(version_doc_ids, 2, n_versions) as superseded_doc_ids
    from ranked
    where version_rank = 1
)

select * from final
