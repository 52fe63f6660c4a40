// libpng, used instead of cairo_surface_write_to_png because it lets VitaRender pick a
// fast compression level and row filter (a page at 150 dpi in a third of the time).
#include <png.h>
