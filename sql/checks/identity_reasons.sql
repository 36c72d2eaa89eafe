-- severity: error
-- title: 变动原因金额之和与变动额不符
-- summary: 一项变动所述各条原因之和应等于变动额；一条原因的“其中”各项之和应等于该原因。
-- description: The stated reasons of a change add up to the change; the parts of a reason (其中…) add up to the reason.
-- grain: one row per stated change whose reasons all carry amounts, and per reason with parts
-- depends_on: stg_changes, stg_reasons
with c as (
    select * from stg_changes
),

r as (
    select * from stg_reasons
),

by_change as (
    select doc_id, change_id, count(*) as n, count(delta) as with_delta, sum(delta) as parts, max(scale_of(fmt_amount(delta))) as dec
    from r group by doc_id, change_id
),

change_checks as (
    select c.doc_id, c.key, c.delta as expected, b.parts as actual, b.n,
           case when b.with_delta < b.n then 'insufficient_data'
                else identity_verdict(c.delta, b.parts, greatest(b.dec, scale_of(fmt_amount(c.delta))), b.n) end as status,
           '变动 ' || fmt_amount(c.delta) || ' 与所列原因金额之和 ' || fmt_amount(b.parts) as message,
           c.span_start, c.span_end, c.quote
    from c
    join by_change as b using (doc_id, change_id)
    where b.with_delta > 0
),

parts as (
    select r.doc_id, r.change_key, r.delta, r.span_start, r.span_end, r.reason_text,
           sum(cast(json_extract_string(p.value, '$.delta') as DECIMAL(24,6))) as parts, count(*) as n,
           max(scale_of(fmt_amount(cast(json_extract_string(p.value, '$.delta') as DECIMAL(24,6))))) as dec
    from r, json_each(r.parts) as p
    where json_array_length(r.parts) > 0
    group by all
),

part_checks as (
    select doc_id, change_key as key, delta as expected, parts as actual, n,
           case when delta is null then 'insufficient_data' else identity_verdict(delta, parts, greatest(dec, scale_of(fmt_amount(delta))), n) end as status,
           '原因金额 ' || fmt_amount(delta) || ' 与其中各部分之和 ' || fmt_amount(parts) as message,
           span_start, span_end, reason_text as quote
    from parts
),

final as (
    select
        'identity_reasons' as rule_id,
        case when status = 'insufficient_data' then 'info' else identity_severity(status) end as severity,
        identity_status(status) as status,
        doc_id,
        key,
        null as code,
        expected,
        actual,
        actual - expected as difference,
        message || (case status when 'insufficient_data' then '：部分原因未列金额，无法核对' else identity_word(status, expected, actual) end) as message,
        span_start,
        span_end,
        quote
    from (select * from change_checks union all select * from part_checks)
)

select * from final
