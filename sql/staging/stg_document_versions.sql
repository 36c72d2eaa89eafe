-- grain: one row per version of a document (a content seen at a path by `gongkai refresh`)
-- depends_on: document_versions
-- description: The refresh manifest with readable names. `is_latest` marks the content at the path now; superseded
-- description: versions keep their facts so `revisions` can show what a republication changed.
with source as (
    select * from document_versions
),

final as (
    select
        doc_id,
        document_key,
        version,
        supersedes as supersedes_doc_id,
        is_latest,
        sha256,
        bytes
    from source
)

select * from final
