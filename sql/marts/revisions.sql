-- grain: one row per document_key × pair of consecutive versions × fact that was added, removed or changed amount
-- depends_on: stg_facts, stg_documents, stg_document_versions
-- description: What a republished disclosure changed. A fact is matched across two versions by what it is (key,
-- description: basis, code, parent, label, measure, where it was read, unit) and, when one version states the same
-- description: thing more than once, by its order in the text. Quotes and spans of both versions are kept so a reader
-- description: can see the old and the new sentence side by side. A fact only moved or re-worded is not a revision.
with facts as (
    select * from stg_facts
),

docs as (
    select * from stg_documents
),

versions as (
    select * from stg_document_versions
),

pairs as (
    select
        v.document_key,
        p.version as from_version,
        v.version as to_version,
        p.doc_id as from_doc_id,
        v.doc_id as to_doc_id,
        v.is_latest as to_is_latest
    from versions as v
    join versions as p on p.doc_id = v.supersedes_doc_id
),

numbered as (
    select
        *,
        row_number() over (
            partition by doc_id, key, basis, code, parent, label, measure, origin, table_name, amount_unit
            order by span_start, span_end, amount
        ) as occurrence
    from facts
),

old_side as (
    select pairs.*, f.*
    from pairs
    join numbered as f on f.doc_id = pairs.from_doc_id
),

new_side as (
    select pairs.*, f.*
    from pairs
    join numbered as f on f.doc_id = pairs.to_doc_id
),

matched as (
    select
        coalesce(o.document_key, n.document_key) as document_key,
        coalesce(o.from_version, n.from_version) as from_version,
        coalesce(o.to_version, n.to_version) as to_version,
        coalesce(o.from_doc_id, n.from_doc_id) as from_doc_id,
        coalesce(o.to_doc_id, n.to_doc_id) as to_doc_id,
        coalesce(o.to_is_latest, n.to_is_latest) as to_is_latest,
        case
            when o.doc_id is null then 'added'
            when n.doc_id is null then 'removed'
            when o.amount <> n.amount then 'amount_changed'
        end as change_type,
        coalesce(n.key, o.key) as key,
        coalesce(n.basis, o.basis) as basis,
        coalesce(n.code, o.code) as code,
        coalesce(n.parent, o.parent) as parent,
        coalesce(n.label, o.label) as label,
        coalesce(n.measure, o.measure) as measure,
        coalesce(n.origin, o.origin) as origin,
        coalesce(n.table_name, o.table_name) as table_name,
        coalesce(n.occurrence, o.occurrence) as occurrence,
        o.amount as old_amount,
        n.amount as new_amount,
        coalesce(n.amount_unit, o.amount_unit) as amount_unit,
        o.quote as old_quote,
        n.quote as new_quote,
        o.span_start as old_span_start,
        n.span_start as new_span_start
    from old_side as o
    full outer join new_side as n
        on o.to_doc_id = n.to_doc_id
        and o.key = n.key
        and o.basis is not distinct from n.basis
        and o.code is not distinct from n.code
        and o.parent is not distinct from n.parent
        and o.label is not distinct from n.label
        and o.measure is not distinct from n.measure
        and o.origin = n.origin
        and o.table_name is not distinct from n.table_name
        and o.amount_unit = n.amount_unit
        and o.occurrence = n.occurrence
),

final as (
    select
        m.document_key,
        m.from_version,
        m.to_version,
        m.from_doc_id,
        m.to_doc_id,
        m.to_is_latest,
        d.unit_name,
        d.fiscal_year,
        d.doc_kind,
        m.change_type,
        m.key,
        m.basis,
        m.code,
        m.parent,
        m.label,
        m.measure,
        m.origin,
        m.table_name,
        m.occurrence,
        m.old_amount,
        m.new_amount,
        m.new_amount - m.old_amount as delta,
        m.amount_unit,
        m.old_quote,
        m.new_quote,
        m.old_span_start,
        m.new_span_start
    from matched as m
    join docs as d on d.doc_id = m.to_doc_id
    where m.change_type is not null
)

select * from final
