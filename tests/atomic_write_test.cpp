// redes::io::write_file_atomic (src/redes/io/atomic_write.hpp): the whole content or nothing,
// no temporary left behind on success or failure, the temporaries of a killed save found,
// and read_file's message for a folder.
#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

#include <filesystem>

#include "data_test_helpers.hpp"
#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/io/atomic_write.hpp"

using namespace redes;
using redes_test::message_is;
using redes_test::ScratchDir;

BOOST_AUTO_TEST_SUITE(atomic_write)

BOOST_AUTO_TEST_CASE(writes_the_content_and_leaves_no_temporary) {
    ScratchDir s("atomic_ok");
    const std::string p = s.path("m.txt");
    io::write_file_atomic(p, "first");
    io::write_file_atomic(p, "second, longer");
    BOOST_TEST(io::read_file(p) == "second, longer");
    BOOST_TEST(io::stale_temporaries(p).empty());
    // not mkstemp's private 0600: rw-r--r-- for a new file, else the replaced file's mode
    struct stat st {};
    BOOST_TEST(::stat(p.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0644u);
    BOOST_TEST(::chmod(p.c_str(), 0640) == 0);
    io::write_file_atomic(p, "third");
    BOOST_TEST(::stat(p.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0640u);
}

BOOST_AUTO_TEST_CASE(a_failed_rename_removes_the_temporary_and_keeps_the_target) {
    ScratchDir s("atomic_fail");
    const std::string dir = s.path("m.txt");  // a folder where the file should go
    std::filesystem::create_directories(dir + "/inside");
    BOOST_CHECK_EXCEPTION(io::write_file_atomic(dir, "x"), IoError, [&](const IoError& e) {
        const std::string m = e.what();
        const bool ok = m.rfind("write " + dir + ": cannot rename " + dir + ".tmp.", 0) == 0 &&
                        m.find(" into place: Is a directory") != std::string::npos;
        BOOST_TEST(ok, m);
        return ok;
    });
    BOOST_TEST(io::stale_temporaries(dir).empty());  // removed on failure
    BOOST_TEST(std::filesystem::is_directory(dir + "/inside"));
}

BOOST_AUTO_TEST_CASE(temporaries_of_a_killed_save_are_reported) {
    ScratchDir s("atomic_stale");
    const std::string p = s.path("m.txt");
    redes_test::write_bytes(p + ".tmp.Ab12Cd", "half a mod");
    redes_test::write_bytes(s.path("m.txt.tmp"), "not one of ours: no suffix");
    redes_test::write_bytes(s.path("other.txt.tmp.Zz99yy"), "another file's");
    BOOST_TEST(io::stale_temporaries(p) == std::vector<std::string>{p + ".tmp.Ab12Cd"});
    io::write_file_atomic(p, "model");  // a new save does not touch them
    BOOST_TEST(io::stale_temporaries(p).size() == 1u);
}

BOOST_AUTO_TEST_CASE(reading_a_folder_says_it_is_a_folder) {
    ScratchDir s("atomic_read_dir");
    BOOST_CHECK_EXCEPTION(io::read_file(s.dir.string()), IoError,
                          message_is("read " + s.dir.string() + ": it is a folder, not a file"));
}

BOOST_AUTO_TEST_SUITE_END()
