// Pango's shaping API and its fontconfig font map, which VitaText points at a
// private fontconfig configuration so that only the fonts named in Fonts/ are seen.
#include <pango/pango.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
