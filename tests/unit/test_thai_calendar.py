"""The Thai calendar: Buddhist Era, academic year, semester, fiscal year, dates as people read them."""

from datetime import date

from kit import thai


def test_the_buddhist_era_is_543_years_ahead() -> None:
    assert thai.be_year(2026) == 2569 and thai.ce_year(2569) == 2026


def test_academic_year_2569_runs_from_mid_may_2026_to_mid_may_2027() -> None:
    assert thai.academic_year(date(2026, 5, 15)) == 2568
    assert thai.academic_year(date(2026, 5, 16)) == 2569
    assert thai.academic_year(date(2027, 3, 31)) == 2569
    assert thai.academic_year_bounds(2569) == (date(2026, 5, 16), date(2027, 5, 15))


def test_semester_1_is_may_to_october_and_semester_2_november_to_may() -> None:
    assert thai.semester(date(2026, 6, 1)) == 1
    assert thai.semester(date(2026, 10, 31)) == 1
    assert thai.semester(date(2026, 11, 1)) == 2
    assert thai.semester(date(2027, 2, 14)) == 2
    assert thai.semester_bounds(2569, 2) == (date(2026, 11, 1), date(2027, 5, 15))


def test_the_fiscal_year_is_named_after_the_year_it_ends_in() -> None:
    assert thai.fiscal_year(date(2026, 9, 30)) == 2569
    assert thai.fiscal_year(date(2026, 10, 1)) == 2570


def test_dates_read_in_thai_with_buddhist_era_years() -> None:
    assert thai.format_date(date(2026, 11, 21)) == "21 พฤศจิกายน 2569"
    assert thai.format_date(date(2026, 11, 21), short=True) == "21 พ.ย. 2569"
    assert thai.format_date(date(2026, 11, 21), digits="thai") == "๒๑ พฤศจิกายน ๒๕๖๙"
