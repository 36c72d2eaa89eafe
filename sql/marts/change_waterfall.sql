-- grain: one row per step of a stated change that has reasons (document × change_id × step)
-- depends_on: int_changes_resolved, stg_reasons
-- description: Bridges the prior-year amount to this year's through the stated reasons. Steps in order (`step` from
-- description: 0): 'start' (the implied prior), one 'reason' per stated reason in ordinal order (signed delta and the
-- description: running total), 'unexplained' (delta − the sum of stated reason deltas), 'end' (the current amount).
-- description: A reason stated without an amount has amount NULL (status 'amount_not_stated') and leaves the running
-- description: total where it was; its share of the change then shows up as unexplained. When the prior cannot be
-- description: derived, start and running totals are NULL and status = 'insufficient_data'.
with changes as (
    select * from int_changes_resolved
),

reasons as (
    select * from stg_reasons
),

explained as (
    select
        c.doc_id,
        c.change_id,
        count(*) as n_reasons,
        count(r.delta) as n_reasons_with_amount,
        coalesce(sum(r.delta), 0) as reasons_sum
    from changes as c
    join reasons as r
      on r.doc_id = c.doc_id
     and r.change_id = c.change_id
    group by all
),

with_reasons as (
    select
        c.*,
        e.n_reasons,
        e.n_reasons_with_amount,
        e.reasons_sum
    from changes as c
    join explained as e
      on e.doc_id = c.doc_id
     and e.change_id = c.change_id
),

reason_steps as (
    select
        c.doc_id,
        c.change_id,
        -- Two reasons may share an ordinal (a document numbering its reasons twice): span, text and amount break the
        -- tie, so the steps (and the exports) come out in one order on every run.
        row_number() over (
            partition by c.doc_id, c.change_id
            order by r.ordinal, r.span_start, r.span_end, r.reason_text, r.delta
        ) as step,
        'reason' as step_kind,
        r.ordinal as reason_ordinal,
        r.reason_text,
        r.parts as reason_parts,
        r.delta as amount,
        c.implied_prior + coalesce(
            sum(r.delta) over (
                partition by c.doc_id, c.change_id
                order by r.ordinal, r.span_start, r.span_end, r.reason_text, r.delta
                rows between unbounded preceding and current row
            ),
            0
        ) as running_total,
        case when r.delta is null then 'amount_not_stated' else 'ok' end as step_status
    from with_reasons as c
    join reasons as r
      on r.doc_id = c.doc_id
     and r.change_id = c.change_id
),

start_steps as (
    select
        doc_id,
        change_id,
        0 as step,
        'start' as step_kind,
        null::integer as reason_ordinal,
        null::varchar as reason_text,
        null::varchar as reason_parts,
        implied_prior as amount,
        implied_prior as running_total,
        'ok' as step_status
    from with_reasons
),

unexplained_steps as (
    select
        doc_id,
        change_id,
        n_reasons + 1 as step,
        'unexplained' as step_kind,
        null::integer as reason_ordinal,
        null::varchar as reason_text,
        null::varchar as reason_parts,
        delta - reasons_sum as amount,
        implied_prior + delta as running_total,
        case when n_reasons_with_amount = 0 then 'no_reason_amounts' else 'ok' end as step_status
    from with_reasons
),

end_steps as (
    select
        doc_id,
        change_id,
        n_reasons + 2 as step,
        'end' as step_kind,
        null::integer as reason_ordinal,
        null::varchar as reason_text,
        null::varchar as reason_parts,
        current_amount as amount,
        current_amount as running_total,
        'ok' as step_status
    from with_reasons
),

steps as (
    select * from start_steps
    union all
    select * from reason_steps
    union all
    select * from unexplained_steps
    union all
    select * from end_steps
),

final as (
    select
        c.doc_id,
        c.change_id,
        c.unit_name,
        c.fiscal_year,
        c.doc_kind,
        c.region,
        c.is_synthetic,
        c.key,
        c.basis,
        c.code,
        c.label,
        c.prior_year,
        c.delta as change_delta,
        cast(s.step as integer) as step,
        s.step_kind,
        s.reason_ordinal,
        s.reason_text,
        s.reason_parts,
        s.amount,
        s.running_total,
        case when c.status = 'insufficient_data' then 'insufficient_data' else s.step_status end as status
    from steps as s
    join with_reasons as c
      on c.doc_id = s.doc_id
     and c.change_id = s.change_id
)

select * from final
