// Cairo with its PDF, SVG and image back ends: everything VitaRender draws through.
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
#include <cairo/cairo-svg.h>
