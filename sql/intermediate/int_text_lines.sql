-- grain: one row per line of a document's text (documents.text split at line breaks), current versions only
-- depends_on: documents, stg_documents
-- description: The text as lines with their offsets, for the checks that read the wording itself (classification
-- description: tags and codes as written, text hygiene) rather than the extracted amounts. `line_start` is the
-- description: offset of the line's first character in documents.text, so a finding's span points into the same text
-- description: every fact's span does. NOTE: DuckDB counts characters (code points) where spans count UTF-16 units;
-- description: they differ only after a character outside the Basic Multilingual Plane, which budget texts do not use.
with docs as (
    select d.doc_id, d.text, d.scope
    from documents as d
    join stg_documents as s using (doc_id)
    where s.is_latest
),

split as (
    select
        doc_id,
        scope,
        unnest(string_split(text, chr(10))) as line,
        generate_subscripts(string_split(text, chr(10)), 1) as line_no
    from docs
),

final as (
    select
        doc_id,
        scope,
        line_no,
        line,
        cast(sum(length(line) + 1) over (partition by doc_id order by line_no rows between unbounded preceding and current row)
             - length(line) - 1 as INTEGER) as line_start
    from split
)

select * from final
