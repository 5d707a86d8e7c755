package org.refugio.security;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

/** Reads the offices. */
@Mapper
public interface OfficeMapper {

  List<Office> findAll();

  Optional<Office> findByCode(String code);
}
