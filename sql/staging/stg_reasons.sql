-- grain: one row per stated reason of a change (document × change_id × ordinal)
-- depends_on: reasons
-- description: Reasons with their signed amounts; `parts` stays JSON ([{label, delta}]).
with source as (
    select * from reasons
),

final as (
    select
        doc_id,
        change_id,
        change_key,
        ordinal,
        text as reason_text,
        delta,
        parts,
        span_start,
        span_end
    from source
)

select * from final
