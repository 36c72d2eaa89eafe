-- grain: one row per disclosure (unit_key, fiscal_year, doc_kind, doc_scope): its latest document, and its latest tables-only companion
-- depends_on: stg_documents, stg_document_versions, int_document_parts
-- description: Picks the documents of each disclosure where revisions exist. A disclosure is a unit's (unit_key: the
-- description: spellings of one body's name are one unit; `unit_name` is the picked document's) documents of
-- description: one year, kind and scope (部门 or 单位: two disclosures); a narrative and its tables-only companion
-- description: (int_document_parts: Jiangsu and Beijing publish `…-text` and `…-tables` as two files) are one
-- description: disclosure, so neither drops the other. The latest version is picked per part, in this order: a
-- description: superseded version (is_latest false in the refresh manifest) never wins; then real before synthetic
-- description: (a generated document never supersedes a disclosure), then `published` newest first (a stated date
-- description: beats none), then doc_id descending, so the choice is deterministic. `doc_id` is the narrative's pick
-- description: (the tables document's when the disclosure has no narrative) and keys the disclosure in every model;
-- description: `companion_doc_id` is the tables pick beside a narrative (NULL otherwise); `doc_ids` lists both.
-- description: int_disclosure_documents maps each of them to the disclosure. `n_versions` and `superseded_doc_ids`
-- description: count and list the versions not picked, over both parts. Documents without a unit or a year have no
-- description: identity to compare across years and are left out here (they stay in stg_documents).
with docs as (
    select * from stg_documents
),

versions as (
    select * from stg_document_versions
),

parts as (
    select doc_id, doc_part, disclosure_scope from int_document_parts
),

identified as (
    select
        docs.* exclude (doc_scope),
        -- The disclosure's scope: a tables file that does not say takes its narrative's (int_document_parts).
        parts.disclosure_scope as doc_scope,
        parts.doc_part,
        -- A document loaded without the manifest (tests, `gongkai extract`) counts as current.
        coalesce(versions.is_latest, true) as is_current
    from docs
    join parts using (doc_id)
    left join versions using (doc_id)
    where unit_name is not null
      and fiscal_year is not null
),

ranked as (
    select
        *,
        row_number() over (
            partition by unit_key, fiscal_year, doc_kind, doc_scope, doc_part
            order by is_current desc, is_synthetic asc, published desc nulls last, doc_id desc
        ) as version_rank
    from identified
),

disclosures as (
    select
        unit_key,
        fiscal_year,
        doc_kind,
        doc_scope,
        count(*) as n_documents,
        max(case when doc_part = 'narrative' and version_rank = 1 then doc_id end) as narrative_doc_id,
        max(case when doc_part = 'tables' and version_rank = 1 then doc_id end) as tables_doc_id,
        -- Versions not picked, in the order they lost (narrative part first).
        list(doc_id order by doc_part, version_rank) filter (where version_rank > 1) as superseded
    from ranked
    group by unit_key, fiscal_year, doc_kind, doc_scope
),

final as (
    select
        coalesce(x.narrative_doc_id, x.tables_doc_id) as doc_id,
        d.unit_name,
        x.unit_key,
        x.fiscal_year,
        x.doc_kind,
        x.doc_scope,
        d.published,
        d.region,
        d.region_level,
        d.source_path,
        d.is_synthetic,
        case when x.narrative_doc_id is not null then x.tables_doc_id end as companion_doc_id,
        list_filter([x.narrative_doc_id, x.tables_doc_id], lambda i: i is not null) as doc_ids,
        x.n_documents - (case when x.narrative_doc_id is not null and x.tables_doc_id is not null then 1 else 0 end) as n_versions,
        coalesce(x.superseded, []) as superseded_doc_ids
    from disclosures as x
    join identified as d
      on d.doc_id = coalesce(x.narrative_doc_id, x.tables_doc_id)
)

select * from final
