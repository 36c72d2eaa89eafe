-- grain: one row per (document, tables-only companion of the same disclosure)
-- depends_on: int_document_parts
-- description: Pairs each document with the tables-only documents of its disclosure (same unit, fiscal year, kind
-- description: and scope: int_document_parts), every version included: the pairs text_vs_table compares across and
-- description: the same relation int_documents_latest assembles a disclosure from. A document is not its own
-- description: companion; a 部门 and a 单位 document are never companions.
with parts as (
    select * from int_document_parts
),

final as (
    select
        d.doc_id,
        c.doc_id as companion_doc_id,
        d.disclosure_id
    from parts as d
    join parts as c
      on c.disclosure_id = d.disclosure_id
     and c.doc_part = 'tables'
     and c.doc_id <> d.doc_id
)

select * from final
