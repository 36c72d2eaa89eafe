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
