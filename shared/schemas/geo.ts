/** One subdistrict of the Thai geography dataset with the names above it and its postcode. */
export interface GeoPlace {
  subdistrict: string;
  district: string;
  province: string;
  postcode: string;
}
