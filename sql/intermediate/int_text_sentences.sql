-- grain: one row per sentence of a document's text (documents.text split after each 。), current versions only
-- depends_on: documents, stg_documents
-- description: The text as sentences with their offsets, for text-hygiene checks that need a whole sentence (a
-- description: quotation opened and closed, a bracket spanning a line break). `sentence_start` is the offset of the
-- description: sentence's first character in documents.text (see int_text_lines on characters vs UTF-16 units).
-- description: A sentence keeps its 。; the last piece of a text may have none.
with docs as (
    select d.doc_id, d.text
    from documents as d
    join stg_documents as s using (doc_id)
    where s.is_latest
),

split as (
    select
        doc_id,
        unnest(string_split(text, '。')) as piece,
        generate_subscripts(string_split(text, '。'), 1) as sentence_no
    from docs
),

final as (
    select
        doc_id,
        sentence_no,
        piece || '。' as sentence,
        cast(sum(length(piece) + 1) over (partition by doc_id order by sentence_no rows between unbounded preceding and current row)
             - length(piece) - 1 as INTEGER) as sentence_start
    from split
)

select * from final
