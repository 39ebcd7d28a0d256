package vn.nghedan.officials.accounts;

import org.springframework.data.relational.core.mapping.Table;

/** One neighbourhood an account is responsible for (child row of {@link Account}). */
@Table("account_neighbourhood")
record AccountNeighbourhood(String neighbourhoodCode) {}
