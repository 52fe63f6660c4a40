// libyaml's event parser: VitaImport builds its node tree from the events so that
// every node keeps the line and column it came from.
#include <yaml.h>
