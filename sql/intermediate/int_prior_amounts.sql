-- grain: one row per prior-year line looked back at (unit_key × doc_kind × doc_scope × prior_year × key × basis × code × parent × item_label)
-- depends_on: stg_changes, int_document_parts, int_documents_latest, int_series_amounts
-- description: The one prior-year lookup: for a line and the year it is compared with, the amount the prior
-- description: year's own disclosure states and where it comes from. Looked back at are the plain series a stated
-- description: change names (key, basis and code; parent and item_label NULL) in the year it compares with
-- description: (`prior_year`: the stated compare_year, else the year before), and every line of a latest document
-- description: that has a code or an item label (its previous year). int_changes_resolved (hence implied_prior and
-- description: change_waterfall), the prior_year_mismatch check and line_change_explained read it, so they cannot
-- description: disagree. The prior
-- description: disclosure is the one int_documents_latest picks for the same unit (unit_key), kind and scope in
-- description: prior_year — its tie-break (current version, real before synthetic, newest published, doc_id) is
-- description: the only one. `prior_doc_amount` is int_series_amounts' single unambiguous amount for the series in
-- description: that document (the same line: key, basis, code, parent and item label). `prior_status` says where the amount came from or why there is none: 'stated' (the
-- description: prior document states it), 'conflicting_amounts' (it states the series with different amounts:
-- description: never a guess), 'not_stated' (the document exists but does not state the series),
-- description: 'document_absent' (no document of that unit, kind, scope and year). A change's unit, kind and scope
-- description: are its document's disclosure's (int_document_parts: a tables file may take its narrative's scope).
-- description: `lookup_key` (prior_lookup_key of the nine columns) is what consumers join on.
with changes as (
    select * from stg_changes
),

parts as (
    select * from int_document_parts
),

latest as (
    select * from int_documents_latest
),

amounts as (
    select * from int_series_amounts
),

-- Every (unit, kind, scope, year, line) looked back at, once: the plain series a stated change of any document
-- names, and the coded or itemised lines of every latest document (their previous year).
requested as (
    select distinct
        p.unit_key,
        p.doc_kind,
        p.disclosure_scope as doc_scope,
        coalesce(c.compare_year, c.fiscal_year - 1) as prior_year,
        c.key,
        c.basis,
        c.code,
        null::VARCHAR as parent,
        null::VARCHAR as item_label
    from changes as c
    join parts as p using (doc_id)
    where p.unit_key is not null
    union
    select
        l.unit_key,
        l.doc_kind,
        l.doc_scope,
        l.fiscal_year - 1 as prior_year,
        a.key,
        a.basis,
        a.code,
        a.parent,
        a.item_label
    from amounts as a
    join latest as l using (doc_id)
    where a.code is not null
       or a.item_label is not null
),

looked_up as (
    select
        r.*,
        pd.doc_id as prior_doc_id,
        pd.unit_name as prior_unit_name,
        pd.is_synthetic as prior_is_synthetic,
        pa.n_series as prior_n_series,
        pa.amount as prior_doc_amount
    from requested as r
    left join latest as pd
      on pd.unit_key = r.unit_key
     and pd.doc_kind is not distinct from r.doc_kind
     and pd.doc_scope is not distinct from r.doc_scope
     and pd.fiscal_year = r.prior_year
    left join amounts as pa
      on pa.doc_id = pd.doc_id
     and line_id(pa.key, pa.basis, pa.code, pa.parent, pa.item_label)
       = line_id(r.key, r.basis, r.code, r.parent, r.item_label)
),

final as (
    select
        prior_lookup_key(unit_key, doc_kind, doc_scope, prior_year, key, basis, code, parent, item_label) as lookup_key,
        unit_key,
        doc_kind,
        doc_scope,
        prior_year,
        key,
        basis,
        code,
        parent,
        item_label,
        prior_doc_id,
        prior_unit_name,
        prior_is_synthetic,
        prior_n_series,
        prior_doc_amount,
        case
            when prior_doc_id is null then 'document_absent'
            when prior_n_series is null then 'not_stated'
            when prior_doc_amount is null then 'conflicting_amounts'
            else 'stated'
        end as prior_status
    from looked_up
)

select * from final
