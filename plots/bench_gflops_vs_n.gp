# bench_gflops_vs_n.gp, written by redes. Redraw bench_gflops_vs_n.png from its data with: gnuplot bench_gflops_vs_n.gp
set encoding utf8
set terminal pngcairo size 1100,560 enhanced font 'DejaVu Sans,11'
set output 'bench_gflops_vs_n.png'
set datafile separator ','
set title 'Matrix product C = A·B, n×n: GFLOP/s against n'
set xlabel 'n (A, B and C are n×n)'
set ylabel 'GFLOP/s (median over rounds)'
set grid
set key outside right top box opaque
set yrange [0:272.1650946]
set logscale x 2
plot 'bench_gflops_vs_n.csv' index 0 using 1:2 with linespoints lw 2 pt 9 lc rgb '#9467bd' title 'ours, 2 threads', \
     'bench_gflops_vs_n.csv' index 1 using 1:2 with linespoints lw 2 pt 5 lc rgb '#ff7f0e' title 'ours, 1 thread', \
     'bench_gflops_vs_n.csv' index 2 using 1:2 with linespoints lw 2 pt 13 lc rgb '#7f7f7f' title 'naive i-k-j loop', \
     'bench_gflops_vs_n.csv' index 3 using 1:2 with linespoints lw 2 pt 11 lc rgb '#1f77b4' title 'numpy (OpenBLAS, detected)', \
     'bench_gflops_vs_n.csv' index 4 using 1:2 with linespoints lw 2 pt 3 lc rgb '#2ca02c' title 'PyTorch (float64)', \
     'bench_gflops_vs_n.csv' index 5 using 1:2 with lines lw 2 dashtype 2 lc rgb 'black' title 'physical limit, 2 cores (252)', \
     'bench_gflops_vs_n.csv' index 6 using 1:2 with lines lw 1 dashtype 3 lc rgb 'black' title 'physical limit, 1 core (126)'
set output
