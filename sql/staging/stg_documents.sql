-- grain: one row per document (a disclosure file as extracted)
-- depends_on: documents, document_versions
-- description: Document identity with readable names; the text stays in `documents`. `is_latest` is false for a
-- description: version a republished file superseded (its facts stay, for `revisions`). `doc_scope` is department
-- description: (部门预算/决算) or unit (单位预算/决算): with unit, year and kind it names one disclosure. `unit_key`
-- description: compares spellings of one body's name (the unit_key macro: 中国共产党X委员会 = 中共X委 = X委).
with source as (
    select d.*, coalesce(v.is_latest, true) as is_latest
    from documents as d
    left join document_versions as v using (doc_id)
),

final as (
    select
        doc_id,
        source as source_path,
        unit as unit_name,
        -- Two spellings of one body compare equal (中共江苏省委办公厅 = 江苏省委办公厅): see the unit_key macro.
        unit_key(unit) as unit_key,
        year as fiscal_year,
        kind as doc_kind,
        -- 部门 (department) or 单位 (unit): a 部门预算 and a 单位预算 of the same body are different documents.
        scope as doc_scope,
        -- Where the scope was read (title, caption …), 'default' when the document does not say.
        json_extract_string(identity_source, '$.scope') as scope_source,
        published,
        region,
        region_level,
        encoding,
        is_synthetic,
        is_latest
    from source
)

select * from final
