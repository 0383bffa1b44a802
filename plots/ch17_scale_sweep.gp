# ch17_scale_sweep.gp, written by redes. Redraw ch17_scale_sweep.png from its data with: gnuplot ch17_scale_sweep.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch17_scale_sweep.png'
set datafile separator ','
set title 'Risk after K = 5 epochs against the scale s of [W_0]_{ij} ∼ N(0, s²) (tanh net)'
set xlabel 'initial scale s'
set ylabel 'R̂'
set grid
set key top left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set yrange [0.3:1000]
set arrow from 0.125, graph 0 to 0.125, graph 1 nohead dashtype 3 lc rgb '#2ca02c'
set label '1/√64' at 0.125, graph 0.05 offset 0.5,0 tc rgb '#2ca02c'
plot 'ch17_scale_sweep.csv' index 0 using 1:2 with lines lw 1 dashtype 3 lc rgb '#7f7f7f' title 'R̂(θ_0), before training', \
     'ch17_scale_sweep.csv' index 1 using 1:2:3 with yerrorbars pt 7 ps 0.8 lc rgb '#1f77b4' title 'R̂ training, after K epochs (± s.e. over 2 runs)', \
     'ch17_scale_sweep.csv' index 2 using 1:2 with lines lw 2 lc rgb '#1f77b4' title '', \
     'ch17_scale_sweep.csv' index 3 using 1:2 with linespoints lw 2 dashtype 2 pt 6 lc rgb '#ff7f0e' title 'R̂ validation, after K epochs', \
     'ch17_scale_sweep.csv' index 4 using 1:2 with lines lw 1 dashtype 2 lc rgb 'black' title 'a net that learned nothing (class frequencies)', \
     'ch17_scale_sweep.csv' index 5 using 1:2 with points pt 2 ps 2 lw 3 lc rgb '#d62728' title 'blew up: R̂ grew in training (off the scale)'
set output
