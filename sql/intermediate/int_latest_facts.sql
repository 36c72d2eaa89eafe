-- grain: one row per fact of a latest disclosure (a fact of its narrative or of its tables-only companion)
-- depends_on: stg_facts, int_disclosure_documents
-- description: The facts every mart reads: stg_facts of the documents int_documents_latest picked, with
-- description: `disclosure_doc_id` (the disclosure's doc_id) beside the fact's own `doc_id` (its spans point into that
-- description: document's text). A narrative and its tables-only companion are one disclosure, so both count. When
-- description: both documents state the same fact (key, basis, measure, code, parent, label) from the same origin,
-- description: the document whose part that origin is keeps it: a narrative fact from the narrative, a table fact
-- description: from the tables document (the standard tables are that file's purpose; a narrative file that repeats
-- description: a table, e.g. an appendix, is the copy). Within one document nothing is dropped: a fact stated twice
-- description: with different amounts stays visible to the series models (conflicting_amounts), never a guess.
-- description: A narrative fact and a table fact of the same key are both kept here; int_series_yearly reads the
-- description: table's where both exist.
with facts as (
    select * from stg_facts
),

members as (
    select * from int_disclosure_documents
),

final as (
    select
        m.doc_id as disclosure_doc_id,
        m.member_part,
        f.*
    from facts as f
    join members as m
      on m.member_doc_id = f.doc_id
    qualify dense_rank() over (
        partition by m.doc_id, f.key, f.basis, f.measure, f.code, f.parent, f.label, f.origin
        order by case when (f.origin = 'table') = (m.member_part = 'tables') then 0 else 1 end, f.doc_id
    ) = 1
)

select * from final
