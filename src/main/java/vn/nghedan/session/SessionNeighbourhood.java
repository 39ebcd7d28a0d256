package vn.nghedan.session;

import org.springframework.data.relational.core.mapping.Table;

@Table("session_neighbourhood")
record SessionNeighbourhood(String neighbourhoodCode) {}
