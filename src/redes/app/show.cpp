#include "redes/app/show.hpp"

#include <sstream>

namespace redes::app {

void show(const std::string& label, const Matrix& A, const std::string& indent, std::ostream& out) {
    std::ostringstream s;
    s.precision(out.precision());
    s << A;
    std::string text = s.str();
    // every row after the header line moves under the label
    for (std::size_t p = text.find('\n'); p != std::string::npos; p = text.find('\n', p + 1))
        text.insert(p + 1, indent + "  ");
    out << indent << label << " = " << text << "\n";
}

void show(const std::string& label, const Vector& v, const std::string& indent, std::ostream& out) {
    out << indent << label << " = " << v << "\n";
}

// N₁ matrices of N₁×N for ∂z/∂W, slice i (1-based) first, as the notes draw it.
void show(const std::string& label, const Tensor3& T, const std::string& indent,
          std::ostream& out) {
    out << indent << label << " = Tensor3(" << T.dim0() << "×" << T.dim1() << "×" << T.dim2()
        << "), " << T.dim0() << " slices of " << T.dim1() << "×" << T.dim2() << ":\n";
    for (std::size_t i = 0; i < T.dim0(); ++i)
        show("slice i = " + std::to_string(i + 1), T.slice(i), indent + "  ", out);
}

}  // namespace redes::app
