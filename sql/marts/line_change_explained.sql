-- grain: one row per latest document × line (key × code × parent × item_label, one basis) that a stated reason of the document names
-- depends_on: int_series_amounts, int_documents_latest, int_prior_amounts, stg_reasons
-- description: One line's change, explained: for any unit and any line a reason names ("一是工会经费基数调整，2024年
-- description: 工会经费较2023年减少2380万元" names the project line 工会经费), the line's amount, the prior year's
-- description: own amount for the same line (int_prior_amounts, the one prior-year lookup) and the change the reason
-- description: states, side by side. A line is a coded or itemised line of the document (function and economic
-- description: classification lines, project and basic items: int_series_amounts with a code or an item label);
-- description: of its bases one is taken, in this order: general_budget, fiscal, total, none, then any other
-- description: (`basis`). A reason names a line when its text contains the line's label (`line_label`: the item
-- description: label, else the line's label; at least three characters, so 其他 alone names nothing), unless
-- description: the label is found only inside a longer label the reason names too (其他社会保障和就业支出 names
-- description: 2089999, not 208 社会保障和就业支出). The reason
-- description: taken is the first that states an amount (by change, then ordinal); the same reason is often
-- description: repeated under several changes (收入, 支出): `n_reason_mentions` counts them, and `reason_delta` is
-- description: NULL when they state different amounts. A reason that names several lines (工会经费 is also the
-- description: economic line 30228) is not attributed to one by guessing: every line it names has a row, and
-- description: `n_lines_named` says how many. computed_change = amount − prior_amount; change = computed_change
-- description: when both years are stated (source 'documents'), else reason_delta (source 'stated_reason');
-- description: stated_minus_computed = reason_delta − computed_change (0: the reason agrees with the documents).
-- description: status 'insufficient_data' when neither is known; status_reason says what is missing or doubtful.
with lines_all as (
    select * from int_series_amounts
),

latest as (
    select * from int_documents_latest
),

prior_amounts as (
    select * from int_prior_amounts
),

reasons as (
    select * from stg_reasons
),

lines as (
    select
        a.doc_id,
        l.unit_name,
        l.unit_key,
        l.doc_kind,
        l.doc_scope,
        l.fiscal_year,
        l.region,
        l.is_synthetic,
        a.key,
        a.basis,
        a.code,
        a.parent,
        a.item_label,
        coalesce(a.item_label, a.label) as line_label,
        a.amount
    from lines_all as a
    join latest as l using (doc_id)
    where (a.code is not null or a.item_label is not null)
      and length(coalesce(a.item_label, a.label)) >= 3
    qualify row_number() over (
        partition by a.doc_id, a.key, a.code, a.parent, a.item_label
        order by
            case
                when a.basis = 'general_budget' then 1
                when a.basis = 'fiscal' then 2
                when a.basis = 'total' then 3
                when a.basis is null then 4
                else 5
            end,
            a.basis
    ) = 1
),

mentioned as (
    -- Each (line, reason) where the reason's text contains the line's label.
    select
        ln.doc_id,
        ln.key,
        ln.code,
        ln.parent,
        ln.item_label,
        ln.line_label,
        r.change_id,
        r.change_key,
        r.ordinal,
        r.reason_text,
        r.delta,
        r.span_start,
        r.span_end
    from lines as ln
    join reasons as r
      on r.doc_id = ln.doc_id
     and strpos(r.reason_text, ln.line_label) > 0
),

named as (
    -- NOTE: "其他社会保障和就业支出经费增加" contains 社会保障和就业支出 too: a label found only inside a longer label
    -- the same reason names is not named.
    select
        m.*,
        count(*) over (partition by m.doc_id, m.change_id, m.ordinal) as n_lines_named
    from mentioned as m
    where not exists (
        select 1
        from mentioned as o
        where o.doc_id = m.doc_id
          and o.change_id = m.change_id
          and o.ordinal = m.ordinal
          and length(o.line_label) > length(m.line_label)
          and strpos(o.line_label, m.line_label) > 0
    )
),

reason_pick as (
    select
        *,
        count(distinct delta) over w as n_distinct_deltas,
        count(*) over w as n_reason_mentions
    from named
    window w as (partition by doc_id, key, code, parent, item_label)
    qualify row_number() over (
        partition by doc_id, key, code, parent, item_label
        order by delta is null, change_id, ordinal, span_start, span_end, reason_text, delta
    ) = 1
),

joined as (
    select
        ln.*,
        p.prior_doc_id,
        p.prior_doc_amount as prior_amount,
        p.prior_status,
        r.change_id as reason_change_id,
        r.change_key as reason_change_key,
        r.ordinal as reason_ordinal,
        r.reason_text,
        case when r.n_distinct_deltas <= 1 then r.delta end as reason_delta,
        r.n_reason_mentions,
        r.n_distinct_deltas,
        r.n_lines_named,
        r.span_start,
        r.span_end
    from lines as ln
    join reason_pick as r
      on r.doc_id = ln.doc_id
     and r.key = ln.key
     and r.code is not distinct from ln.code
     and r.parent is not distinct from ln.parent
     and r.item_label is not distinct from ln.item_label
    left join prior_amounts as p
      on p.lookup_key = prior_lookup_key(ln.unit_key, ln.doc_kind, ln.doc_scope, ln.fiscal_year - 1, ln.key, ln.basis,
                                         ln.code, ln.parent, ln.item_label)
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
        key,
        basis,
        code,
        parent,
        item_label,
        line_label,
        amount,
        prior_amount,
        amount - prior_amount as computed_change,
        reason_change_id,
        reason_change_key,
        reason_ordinal,
        reason_text,
        reason_delta,
        n_reason_mentions,
        n_lines_named,
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
            when amount is null then 'conflicting_amounts'
            when prior_status = 'document_absent' then 'no_prior_document'
            when prior_status = 'not_stated' then 'prior_line_not_stated'
            when prior_status = 'conflicting_amounts' then 'prior_conflicting_amounts'
            when n_distinct_deltas > 1 then 'conflicting_reasons'
            when n_lines_named > 1 then 'reason_names_several_lines'
        end as status_reason,
        span_start,
        span_end
    from joined
)

select * from final
