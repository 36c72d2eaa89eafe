-- grain: one row per document of a latest disclosure (int_documents_latest.doc_ids)
-- depends_on: int_documents_latest, int_document_parts
-- description: Maps each picked document — the narrative and its tables-only companion — to its disclosure, keyed by
-- description: the disclosure's `doc_id` (int_documents_latest.doc_id). Models that read facts, changes or sections
-- description: of the latest disclosures join through it (`member_doc_id` = the fact's own document), so a
-- description: companion's tables count for the narrative's unit and year.
with latest as (
    select * from int_documents_latest
),

parts as (
    select * from int_document_parts
),

members as (
    select
        l.doc_id,
        unnest(l.doc_ids) as member_doc_id
    from latest as l
),

final as (
    select
        m.doc_id,
        m.member_doc_id,
        p.doc_part as member_part
    from members as m
    join parts as p
      on p.doc_id = m.member_doc_id
)

select * from final
