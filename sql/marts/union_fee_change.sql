-- grain: one row per unit × doc_kind × fiscal_year (latest document) that states a 工会经费 project item or reason, or whose previous year did
-- depends_on: stg_facts, stg_reasons, int_documents_latest
-- description: The 工会经费 (union fee) project line year on year. amount = the project.item lines labelled like
-- description: '%工会经费%' (summed when several; basis chosen explicitly: general_budget, then fiscal, then total,
-- description: then none; item_basis says which), prior_amount = the same in the previous year's own document.
-- description: The basic.item 工会经费 (economic 30228, the unit's own contribution) is a different thing and not used.
-- description: reason_* is the stated reason mentioning 工会经费 (one per document: the same reason is often repeated
-- description: under several changes; the first with an amount is taken, NULL delta if repeats disagree).
-- description: change = computed_change when both years are stated (source 'documents'), else reason_delta
-- description: (source 'stated_reason'); neither → NULL, status 'insufficient_data'.
with facts as (
    select * from stg_facts
),

reasons as (
    select * from stg_reasons
),

latest as (
    select * from int_documents_latest
),

item_lines as (
    select
        f.doc_id,
        f.basis,
        count(*) as n_items,
        sum(f.amount) as amount,
        string_agg(f.label, '、' order by f.span_start, f.span_end, f.label) as item_labels
    from facts as f
    join latest as l using (doc_id)
    where f.key = 'project.item'
      and f.label like '%工会经费%'
    group by all
),

items as (
    select *
    from (
        select
            *,
            row_number() over (
                partition by doc_id
                order by
                    case
                        when basis = 'general_budget' then 1
                        when basis = 'fiscal' then 2
                        when basis = 'total' then 3
                        when basis is null then 4
                        else 5
                    end,
                    basis
            ) as basis_rank
        from item_lines
    ) as ranked
    where basis_rank = 1
),

reason_candidates as (
    select
        r.doc_id,
        r.change_id,
        r.change_key,
        r.ordinal,
        r.reason_text,
        r.delta,
        row_number() over (
            partition by r.doc_id
            order by r.delta is null, r.change_id, r.ordinal, r.span_start, r.span_end, r.reason_text, r.delta
        ) as reason_rank,
        count(distinct r.delta) over (partition by r.doc_id) as n_distinct_deltas,
        count(*) over (partition by r.doc_id) as n_reason_mentions
    from reasons as r
    join latest as l using (doc_id)
    where r.reason_text like '%工会经费%'
),

reason_pick as (
    select
        doc_id,
        change_id as reason_change_id,
        change_key as reason_change_key,
        reason_text,
        case when n_distinct_deltas <= 1 then delta end as reason_delta,
        n_reason_mentions,
        n_distinct_deltas
    from reason_candidates
    where reason_rank = 1
),

with_prior_doc as (
    select
        l.*,
        pd.doc_id as prior_doc_id
    from latest as l
    left join latest as pd
      on pd.unit_key = l.unit_key
     and pd.doc_kind is not distinct from l.doc_kind
     and pd.doc_scope is not distinct from l.doc_scope
     and pd.fiscal_year = l.fiscal_year - 1
),

joined as (
    select
        d.*,
        i.basis as item_basis,
        i.item_labels,
        i.n_items,
        i.amount,
        pi.basis as prior_item_basis,
        pi.amount as prior_amount,
        r.reason_change_id,
        r.reason_change_key,
        r.reason_text,
        r.reason_delta,
        r.n_reason_mentions,
        r.n_distinct_deltas
    from with_prior_doc as d
    left join items as i
      on i.doc_id = d.doc_id
    left join items as pi
      on pi.doc_id = d.prior_doc_id
    left join reason_pick as r
      on r.doc_id = d.doc_id
    where i.doc_id is not null
       or pi.doc_id is not null
       or r.doc_id is not null
),

final as (
    select
        unit_name,
        doc_kind,
        fiscal_year,
        region,
        is_synthetic,
        doc_id,
        prior_doc_id,
        item_labels,
        item_basis,
        amount,
        prior_item_basis,
        prior_amount,
        amount - prior_amount as computed_change,
        reason_text,
        reason_delta,
        reason_change_key,
        coalesce(n_reason_mentions, 0) as n_reason_mentions,
        coalesce(amount - prior_amount, reason_delta) as change,
        case
            when amount - prior_amount is not null then 'documents'
            when reason_delta is not null then 'stated_reason'
        end as source,
        reason_delta - (amount - prior_amount) as stated_minus_computed,
        amount - reason_delta as implied_prior_amount,
        case
            when amount - prior_amount is not null or reason_delta is not null then 'ok'
            else 'insufficient_data'
        end as status,
        case
            when amount is null then 'item_not_stated'
            when prior_doc_id is null then 'no_prior_document'
            when prior_amount is null then 'prior_item_not_stated'
            when n_distinct_deltas > 1 then 'conflicting_reasons'
        end as status_reason
    from joined
)

select * from final
