-- severity: warning
-- title: “三公”经费异常跳变
-- summary: 某项“三公”经费是本单位上年的3倍以上或三分之一以下，而同州同类单位同一项目的变化幅度不到其一半。
-- description: A 三公 line that jumps against its own history and its peers: at least 3 times (or at most a third of) the unit's previous year, while the same line of the unit's peers (same prefecture, same kind of unit) moved by less than half as much.
-- grain: one row per unit × year × 三公 line with a previous year
-- depends_on: stg_facts
with f as (
    select unit_name, fiscal_year, doc_kind, region, doc_id, key, amount, span_start, span_end, quote,
           regexp_extract(unit_name, '(总工会|财政局|教育局|卫生健康局|人民政府|委员会|办公室)$') as kind_of_unit
    from stg_facts
    where key in ('three_public.total', 'three_public.reception', 'three_public.vehicle', 'three_public.overseas')
      and (measure is null or measure = 'actual') and is_latest
    -- One statement per document and line: the narrative's where a table states it too.
    qualify row_number() over (partition by doc_id, key order by origin desc, basis nulls first, span_start, span_end) = 1
),

moves as (
    -- The threshold is judged exactly (a·1 ≥ 3·b); the DOUBLE ratio only scores the move against the peers'.
    select a.*, b.amount as previous, (a.amount / b.amount)::DOUBLE as ratio,
           a.amount >= 3 * b.amount or 3 * a.amount <= b.amount as big_move
    from f as a
    join f as b on b.unit_name = a.unit_name and b.doc_kind is not distinct from a.doc_kind and b.key = a.key
        and b.fiscal_year = a.fiscal_year - 1
    where b.amount > 0
),

peer_medians as (
    select m.doc_id, m.key, median(p.ratio) as peer_ratio, count(*) as peers
    from moves as m
    join moves as p on p.fiscal_year = m.fiscal_year and p.doc_kind is not distinct from m.doc_kind and p.key = m.key and p.unit_name <> m.unit_name
        and p.kind_of_unit = m.kind_of_unit and split_part(p.region, ' › ', 2) = split_part(m.region, ' › ', 2)
    group by m.doc_id, m.key
),

final as (
    select
        'three_public_jump' as rule_id,
        'warning' as severity,
        'fail' as status,
        m.doc_id,
        m.key,
        null as code,
        m.previous as expected,
        m.amount as actual,
        m.amount - m.previous as difference,
        m.key || ' 由上年 ' || fmt_amount(m.previous) || ' 变为 ' || fmt_amount(m.amount) || '（' || fmt_amount(round(m.amount / m.previous, 2))
            || ' 倍），同类单位中位变动 ' || round(p.peer_ratio, 2) || ' 倍' as message,
        m.span_start,
        m.span_end,
        m.quote
    from moves as m
    join peer_medians as p using (doc_id, key)
    where p.peers >= 3
      and m.big_move
      -- A line that drops to 0 has no logarithm: it counts as the largest move (ratio 1e-9), as a peer's does.
      and abs(ln(greatest(m.ratio, 1e-9))) >= 2 * abs(ln(greatest(p.peer_ratio, 1e-9)))
)

select * from final
