-- Macros shared by models and checks; the runner creates them before any model.
-- fmt_amount: an exact decimal as people write it, trailing zeros dropped (3422.230000 → 3422.23, 0.000000 → 0).
create or replace macro fmt_amount(x) as
    case when x is null then '—' when x = 0 then '0' else rtrim(rtrim(cast(x as varchar), '0'), '.') end;
-- scale_of: decimals of an amount as written ("2.1" → 1, "3422.23" → 2, "0" → 0).
create or replace macro scale_of(s) as
    case when strpos(s, '.') = 0 then 0 else length(s) - strpos(s, '.') end;
-- agrees: whether `exact` rounded to the decimals of `stated_text` equals the stated amount.
create or replace macro agrees(stated, stated_text, exact) as
    abs(cast(stated as DECIMAL(38,6)) - cast(exact as DECIMAL(38,6))) * pow(10, scale_of(stated_text))::DECIMAL(38,0) <= 0.5;
-- exact_pct: part / whole × 100, exact, rounded half away from zero to 4 decimals (NULL when either is NULL or the
-- whole is 0). DuckDB divides DECIMALs in DOUBLE, so the quotient is taken on scaled integers instead:
-- round(p/w · 10^6) = (2·|p|·10^6 + |w|) // (2·|w|) with p, w in millionths.
create or replace macro exact_pct(part, whole) as
    case
        when part is null or whole is null or whole = 0 then null
        else cast(cast(
            sign(part) * sign(whole)
            * ((abs(cast(part * 1000000 as hugeint)) * 2000000 + abs(cast(whole * 1000000 as hugeint)))
               // (2 * abs(cast(whole * 1000000 as hugeint))))
            as decimal(18, 0)) * cast(0.0001 as decimal(5, 4)) as decimal(18, 4))
    end;
-- written_decimals: the decimals a figure is written with, in 万元 ("46.21" 万元 → 2; "3503499" 元 → 4; "1.2" 亿元 → 0).
create or replace macro written_decimals(amount_as_written, unit_as_written) as
    greatest(0, coalesce(scale_of(replace(amount_as_written, ',', '')), 2)
        + case unit_as_written when '元' then 4 when '亿元' then -4 else 0 end);
-- identity_verdict: the one tolerance of every sum identity (a total against the sum of its n parts), following the
-- precision the figures are written with (`decimals`: the finest any of the figures is written with — a statement that writes cents claims cents; one unit there is
-- u = 10^−decimals).
--   'pass'     the total equals the sum at that precision (|gap| < u/2; figures written exactly to u agree exactly).
--   'rounding' the gap is within what rounding each of the n + 1 figures from a finer source could make
--              (|gap| ≤ (n + 1)·u/2, e.g. 46.21 against 4.69 + 40.61 + 0.90 = 46.20). As printed the table does not
--              add up — a reportable presentation defect — but a 尾数误差 (ledgers kept in 元, printed in 万元) may
--              explain it, so it is a warning, never an error.
--   'fail'     a gap no rounding explains: an error.
create or replace macro identity_verdict(stated, parts, decimals, n) as
    case
        when stated is null or parts is null then 'insufficient_data'
        when abs(cast(stated as DECIMAL(38,6)) - cast(parts as DECIMAL(38,6))) * 2 * pow(10, coalesce(decimals, 2))::DECIMAL(38,0) < 1 then 'pass'
        when abs(cast(stated as DECIMAL(38,6)) - cast(parts as DECIMAL(38,6))) * 2 * pow(10, coalesce(decimals, 2))::DECIMAL(38,0) <= n + 1 then 'rounding'
        else 'fail'
    end;
-- pct_decimals: the decimals a percentage is written with (its text as written, else its value: 2.10 → 2, 2.1 → 1).
create or replace macro pct_decimals(pct, pct_as_written) as
    scale_of(coalesce(pct_as_written, fmt_amount(pct)));
-- pct_holds: the one tolerance of every percentage identity (a share 占…%, a change 增长…%, a completion rate
-- 完成…%): pct = part / whole × 100 at the precision the percentage is written with (`decimals`, pct_decimals), i.e.
-- |part·100 − pct·whole| · 10^decimals ≤ |whole| · 0.5, exact (占2.1% allows 2.05–2.15). NULL when a figure is.
create or replace macro pct_holds(part, whole, pct, decimals) as
    abs(part * 100 - pct * whole) * pow(10, decimals)::DECIMAL(38,0) <= abs(whole) * 0.5;
-- identity_status / identity_severity / identity_word: the verdict as a check row's status, severity and message word.
create or replace macro identity_status(verdict) as
    case verdict when 'pass' then 'pass' when 'insufficient_data' then 'insufficient_data' else 'fail' end;
create or replace macro identity_severity(verdict) as
    case verdict when 'fail' then 'error' when 'rounding' then 'warning' else 'error' end;
create or replace macro identity_word(verdict, stated, parts) as
    case verdict when 'pass' then ' 相符' when 'rounding' then ' 不符（相差 ' || fmt_amount(abs(parts - stated)) || '，在尾数误差范围内）'
        else ' 不符（相差 ' || fmt_amount(abs(parts - stated)) || '）' end;
-- listed_parts_status / listed_parts_severity: the verdict of a list a text introduces with 其中 against the total before
-- it (amount_list_sum, change_list_sum, final_items_sum). A list need not be complete, so only a rounding gap says it
-- is the whole list printed off by a cent (a warning); a larger gap is a partial list, not judged (info).
create or replace macro listed_parts_status(verdict) as
    case verdict when 'pass' then 'pass' when 'rounding' then 'fail' else 'insufficient_data' end;
create or replace macro listed_parts_severity(verdict) as
    case when verdict in ('rounding', 'pass') then 'warning' else 'info' end;
-- at_decimals: an exact value rounded to `s` decimals and written with exactly `s` decimals (71.6498, 2 → '71.65';
-- 5.6, 2 → '5.60'): how a computed figure reads at the precision the document wrote its own.
create or replace macro at_decimals_int(x, s) as
    cast(cast(floor(abs(cast(x as DECIMAL(38,6))) * pow(10, s)::DECIMAL(38,0) + 0.5) as hugeint) as varchar);
create or replace macro at_decimals_digits(x, s) as
    repeat('0', greatest(0, s + 1 - length(at_decimals_int(x, s)))) || at_decimals_int(x, s);
create or replace macro at_decimals(x, s) as
    case
        when x is null then null
        else (case when x < 0 and at_decimals_digits(x, greatest(coalesce(s, 0), 0)) similar to '0*' = false then '-' else '' end)
            || (case when coalesce(s, 0) <= 0 then at_decimals_digits(x, 0)
                     else left(at_decimals_digits(x, s), length(at_decimals_digits(x, s)) - s) || '.' || right(at_decimals_digits(x, s), s) end)
    end;
-- item_label: what names a line of an itemised key (a project, a 项 line without its code, an economic item, an
-- equipment threshold) beside key/basis/code/parent: its label; NULL for every other key, whose label is only wording.
-- The same rule as factIdentity in pipeline/extract/reconcile.ts.
create or replace macro item_label(key, code, label) as
    case when key in ('project.item', 'function_detail', 'basic.item', 'assets.equipment_threshold') and code is null then label end;
-- line_id: a line's identity (key, basis, code, parent, item label) as one text, NULLs as empty fields, so models
-- join lines on one column instead of five null-safe comparisons.
create or replace macro line_id(key, basis, code, parent, item_label) as
    concat_ws(chr(31), coalesce(key, ''), coalesce(basis, ''), coalesce(code, ''), coalesce(parent, ''), coalesce(item_label, ''));
-- prior_lookup_key: the one key of int_prior_amounts (the one prior-year lookup): a unit, kind, scope, year and line
-- as one text, NULLs as empty fields, so a consumer joins on one column instead of nine null-safe comparisons.
create or replace macro prior_lookup_key(unit_key, doc_kind, doc_scope, year, key, basis, code, parent, item_label) as
    concat_ws(chr(31), coalesce(unit_key, ''), coalesce(doc_kind, ''), coalesce(doc_scope, ''), coalesce(cast(year as varchar), ''),
        line_id(key, basis, code, parent, item_label));
-- unit_key: the comparison key of a unit's name, the SQL twin of unitKey/sameUnitName in pipeline/identify/unit-name.ts
-- (a test holds them equal): spaces and bracketed qualifiers dropped, official long forms folded to their short forms
-- (中国共产党X委员会 → 中共X委, X人民代表大会常务委员会 → X人大常委会, 中国人民政治协商会议X委员会 → X政协), then a
-- leading 中共 dropped — Jiangsu's 说明 says 江苏省委办公厅, its tables 中国共产党江苏省委员会办公厅: one body.
create or replace macro unit_key(name) as
    regexp_replace(
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    regexp_replace(regexp_replace(name, '[\s\x{3000}]+', '', 'g'), '[（(][^）)]*[）)]', '', 'g'),
                    '人民代表大会常务委员会', '人大常委会', 'g'),
                '^中国人民政治协商会议(.+?)委员会', '\1政协'),
            '^中国共产党(.+?)委员会', '中共\1委'),
        '^中共', '');
